#include "textnormalizer.h"

#include <QSet>

#include <algorithm>
#include <array>

namespace SipScope {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC);
}

bool isCombiningMark(QChar c)
{
    const auto category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
        || category == QChar::Mark_Enclosing;
}

// The French elided words: a single c, d, j, l, m, n, s, t, or "qu", before an apostrophe.
bool isElision(QStringView word)
{
    if (word.size() == 1)
        return QStringView(u"cdjlmnst").contains(word.at(0));
    return word == u"qu";
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

// A doubled final consonant left by "stopped"/"stopping" → "stop"; l, s and z stay
// doubled because "call", "miss" and "buzz" are words in their own right.
void undouble(QString &word)
{
    const qsizetype n = word.size();
    if (n < 3)
        return;
    const QChar last = word.at(n - 1);
    if (last == word.at(n - 2) && last.isLetter() && !isVowel(last) && last != u'l'
        && last != u's' && last != u'z')
        word.chop(1);
}

const QSet<QString> &stopwords()
{
    // Function words of the four languages (accents already removed, French elisions
    // split off), so that a question typed as a sentence keeps only the words that
    // carry meaning. Words that tell codes apart ("here", "hier", "ici", "aqui",
    // "anywhere", "everywhere") and negations (negators() below) are not in the list.
    // One set for all languages: the query's language is not known, and a word that is
    // a function word in one of them ("die", "a") is too weak to rank by anyway.
    static const QSet<QString> words = {
        // English
        u"a"_s, u"an"_s, u"the"_s, u"is"_s, u"are"_s, u"was"_s, u"were"_s, u"be"_s,
        u"been"_s, u"being"_s, u"am"_s, u"do"_s, u"does"_s, u"did"_s, u"doing"_s,
        u"has"_s, u"have"_s, u"had"_s, u"my"_s, u"our"_s, u"your"_s, u"their"_s,
        u"his"_s, u"her"_s, u"its"_s, u"it"_s, u"i"_s, u"me"_s, u"we"_s, u"you"_s,
        u"they"_s, u"he"_s, u"she"_s, u"us"_s, u"them"_s, u"to"_s, u"of"_s, u"in"_s,
        u"on"_s, u"at"_s, u"by"_s, u"for"_s, u"from"_s, u"with"_s, u"about"_s,
        u"into"_s, u"and"_s, u"or"_s, u"but"_s, u"if"_s, u"then"_s, u"so"_s,
        u"this"_s, u"that"_s, u"these"_s, u"those"_s, u"there"_s, u"what"_s,
        u"why"_s, u"how"_s, u"when"_s, u"which"_s, u"who"_s, u"can"_s, u"could"_s,
        u"should"_s, u"would"_s, u"will"_s, u"may"_s, u"might"_s, u"must"_s,
        u"just"_s, u"also"_s, u"please"_s, u"says"_s, u"say"_s, u"said"_s,
        u"shows"_s, u"show"_s, u"showing"_s, u"gives"_s, u"giving"_s, u"get"_s,
        u"gets"_s, u"got"_s, u"getting"_s, u"keeps"_s, u"keep"_s, u"sip"_s,
        u"code"_s, u"codes"_s, u"response"_s, u"responses"_s, u"status"_s,
        u"all"_s, u"any"_s, u"some"_s, u"very"_s, u"again"_s,
        u"still"_s, u"always"_s, u"now"_s, u"every"_s, u"im"_s,
        u"ive"_s, u"its"_s, u"hi"_s, u"hello"_s, u"help"_s, u"customer"_s,
        u"customers"_s, u"phone"_s, u"phones"_s, u"display"_s, u"really"_s,
        u"actually"_s, u"simply"_s, u"even"_s, u"ever"_s, u"directly"_s, u"straight"_s,
        // German
        u"der"_s, u"die"_s, u"das"_s, u"den"_s, u"dem"_s, u"des"_s, u"ein"_s,
        u"eine"_s, u"einen"_s, u"einem"_s, u"einer"_s, u"ist"_s, u"sind"_s,
        u"war"_s, u"waren"_s, u"bin"_s, u"bist"_s, u"wird"_s, u"werden"_s,
        u"wurde"_s, u"wurden"_s, u"hat"_s, u"habe"_s, u"haben"_s, u"hatte"_s,
        u"und"_s, u"oder"_s, u"aber"_s, u"mein"_s, u"meine"_s, u"meinen"_s,
        u"unser"_s, u"unsere"_s, u"ich"_s, u"du"_s, u"er"_s, u"sie"_s, u"es"_s,
        u"wir"_s, u"ihr"_s, u"man"_s, u"mit"_s, u"von"_s, u"vom"_s, u"zu"_s,
        u"zum"_s, u"zur"_s, u"bei"_s, u"beim"_s, u"auf"_s, u"fur"_s, u"an"_s,
        u"am"_s, u"im"_s, u"in"_s, u"aus"_s, u"nach"_s, u"dass"_s, u"wenn"_s,
        u"weil"_s, u"dann"_s, u"wie"_s, u"was"_s, u"wo"_s, u"warum"_s, u"bitte"_s,
        u"sagt"_s, u"zeigt"_s, u"kommt"_s, u"steht"_s, u"immer"_s, u"schon"_s,
        u"noch"_s, u"auch"_s, u"nur"_s, u"mal"_s, u"da"_s, u"dort"_s, u"kann"_s,
        u"konnen"_s, u"sich"_s, u"uns"_s, u"mir"_s, u"mich"_s, u"kunde"_s,
        u"telefon"_s, u"meldung"_s, u"anzeige"_s, u"ans"_s, u"aufs"_s, u"ins"_s,
        u"einfach"_s, u"halt"_s, u"eben"_s, u"ja"_s, u"doch"_s, u"wohl"_s, u"gar"_s,
        u"eigentlich"_s, u"direkt"_s, u"sofort"_s, u"dauernd"_s, u"gerade"_s,
        // French
        u"le"_s, u"la"_s, u"les"_s, u"l"_s, u"un"_s, u"une"_s, u"est"_s, u"sont"_s,
        u"et"_s, u"ou"_s, u"du"_s, u"de"_s, u"d"_s, u"des"_s, u"au"_s, u"aux"_s,
        u"mon"_s, u"ma"_s, u"mes"_s, u"notre"_s, u"nos"_s, u"votre"_s, u"vos"_s,
        u"son"_s, u"sa"_s, u"ses"_s, u"je"_s, u"j"_s, u"tu"_s, u"il"_s, u"elle"_s,
        u"nous"_s, u"vous"_s, u"ils"_s, u"elles"_s, u"on"_s, u"en"_s, u"dans"_s,
        u"sur"_s, u"pour"_s, u"par"_s, u"avec"_s, u"ce"_s, u"c"_s, u"cet"_s,
        u"cette"_s, u"ces"_s, u"se"_s, u"s"_s, u"qu"_s, u"que"_s, u"qui"_s,
        u"quoi"_s, u"ai"_s, u"as"_s, u"ont"_s, u"suis"_s, u"etre"_s, u"avoir"_s,
        u"fait"_s, u"dit"_s, u"affiche"_s, u"mais"_s, u"donc"_s, u"car"_s,
        u"quand"_s, u"comment"_s, u"pourquoi"_s, u"tres"_s, u"toujours"_s,
        u"m"_s, u"t"_s, u"y"_s, u"me"_s, u"te"_s, u"lui"_s, u"leur"_s, u"client"_s,
        u"telephone"_s, u"vraiment"_s, u"juste"_s, u"simplement"_s, u"meme"_s,
        u"directement"_s,
        // Spanish
        u"el"_s, u"los"_s, u"las"_s, u"lo"_s, u"una"_s, u"unos"_s, u"unas"_s,
        u"es"_s, u"son"_s, u"y"_s, u"e"_s, u"o"_s, u"u"_s, u"del"_s, u"al"_s,
        u"mi"_s, u"mis"_s, u"su"_s, u"sus"_s, u"tu"_s, u"tus"_s, u"yo"_s,
        u"ella"_s, u"ellos"_s, u"nosotros"_s, u"le"_s, u"les"_s, u"se"_s,
        u"con"_s, u"por"_s, u"para"_s, u"que"_s, u"como"_s, u"cuando"_s,
        u"porque"_s, u"pero"_s, u"muy"_s, u"siempre"_s, u"ya"_s, u"este"_s,
        u"esta"_s, u"esto"_s, u"ese"_s, u"esa"_s, u"eso"_s, u"hay"_s, u"ha"_s,
        u"he"_s, u"han"_s, u"estan"_s, u"ser"_s, u"estar"_s, u"dice"_s,
        u"muestra"_s, u"sale"_s, u"nos"_s, u"cliente"_s, u"telefono"_s,
        u"simplemente"_s, u"realmente"_s, u"nomas"_s, u"directo"_s, u"directamente"_s,
    };
    return words;
}

const QSet<QString> &negators()
{
    // Words that negate the next meaningful word ("not found", "nicht gefunden",
    // "n'existe pas", "no contesta"); "nobody answers" is a missing answer too.
    static const QSet<QString> words = {
        u"not"_s, u"no"_s, u"never"_s, u"cannot"_s, u"cant"_s, u"dont"_s,
        u"doesnt"_s, u"didnt"_s, u"isnt"_s, u"arent"_s, u"wasnt"_s, u"wont"_s,
        u"couldnt"_s, u"nobody"_s, u"noone"_s, u"without"_s, u"unable"_s,
        u"nicht"_s, u"kein"_s, u"keine"_s, u"keinen"_s, u"keiner"_s, u"nie"_s,
        u"niemand"_s, u"ohne"_s, u"ne"_s, u"n"_s, u"pas"_s, u"jamais"_s,
        u"aucun"_s, u"aucune"_s, u"sans"_s, u"non"_s, u"personne"_s, u"nunca"_s,
        u"sin"_s, u"nadie"_s, u"ningun"_s, u"ninguna"_s, u"ninguno"_s,
    };
    return words;
}

const QSet<QString> &weakWords()
{
    static const QSet<QString> words = {
        u"caller"_s, u"callee"_s, u"subscriber"_s, u"user"_s, u"person"_s, u"party"_s,
        u"remote"_s, u"side"_s, u"colleague"_s, u"called"_s,
        u"anrufer"_s, u"angerufene"_s, u"angerufener"_s, u"teilnehmer"_s,
        u"gesprachspartner"_s, u"gegenseite"_s, u"gegenstelle"_s, u"benutzer"_s,
        u"abonne"_s, u"correspondant"_s, u"appelant"_s, u"appele"_s, u"destinataire"_s,
        u"utilisateur"_s, u"abonado"_s, u"usuario"_s, u"destinatario"_s, u"llamante"_s,
        u"llamado"_s, u"llamo"_s, u"llame"_s, u"llamaba"_s, u"llamamos"_s, u"angerufen"_s,
        u"other"_s, u"guy"_s, u"andere"_s, u"autre"_s, u"otro"_s, u"otra"_s,
            // the line of a party: "der Anschluss ist besetzt" is about busy
        u"line"_s, u"anschluss"_s, u"leitung"_s, u"ligne"_s, u"linea"_s, u"anexo"_s,
        // hearing and seeing: "hört das Besetztzeichen" is about the busy tone
        u"hear"_s, u"hears"_s, u"heard"_s, u"hearing"_s, u"sees"_s, u"hort"_s, u"horen"_s,
        u"hore"_s, u"gehort"_s, u"entend"_s, u"entends"_s, u"entendre"_s, u"oye"_s, u"oigo"_s,
        u"oir"_s, u"escucha"_s, u"escucho"_s,
    };
    return words;
}

const QSet<QString> &modals()
{
    static const QSet<QString> words = {
        u"able"_s, u"manage"_s, u"managed"_s, u"arrive"_s, u"arrivons"_s, u"arrivent"_s,
        u"peut"_s, u"peux"_s, u"pouvons"_s, u"peuvent"_s, u"parvient"_s, u"parviens"_s,
        u"reussit"_s, u"reussis"_s, u"puedo"_s, u"puede"_s, u"pueden"_s, u"podemos"_s,
        u"logra"_s, u"logro"_s, u"consigue"_s, u"consigo"_s, u"schafft"_s, u"klappt"_s,
        // wanting: "no quiso atender" is a call not answered
        u"want"_s, u"wants"_s, u"wanted"_s, u"wollte"_s, u"will"_s, u"veut"_s, u"voulait"_s,
        u"veulent"_s, u"quiso"_s, u"quiere"_s, u"queria"_s, u"quieren"_s,
    };
    return words;
}

} // namespace

QString TextNormalizer::normalize(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    qsizetype wordStart = 0; // where the word being written starts in `out`
    for (const QChar c : decomposed) {
        if (isCombiningMark(c))
            continue;
        if (isApostrophe(c)) {
            // French elision ("l'appel", "n'existe", "qu'il") separates two words;
            // anywhere else ("doesn't") the apostrophe joins the parts of one.
            if (isElision(QStringView(out).mid(wordStart)))
                pendingSpace = true;
            continue;
        }
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !out.isEmpty()) {
                out.append(u' ');
                wordStart = out.size();
            }
            pendingSpace = false;
            if (c == QChar(0x00DF)) // ß has no single-letter case fold
                out.append(u"ss"_s);
            else
                out.append(c.toCaseFolded());
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QStringList TextNormalizer::words(QStringView text)
{
    return normalize(text).split(u' ', Qt::SkipEmptyParts);
}

QString TextNormalizer::stem(const QString &word)
{
    if (word.size() < 4 || std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }))
        return word;
    QString w = word;
    if (w.endsWith(u"ies"_s) && w.size() > 4) {
        w.chop(3);
        w.append(u'y');
    } else if (w.endsWith(u"sses"_s)) {
        w.chop(2);
    } else if (w.endsWith(u's') && !w.endsWith(u"ss"_s) && !w.endsWith(u"us"_s)
               && !w.endsWith(u"is"_s)) {
        w.chop(1);
    }
    if (w.endsWith(u"ing"_s) && w.size() - 3 >= 3) {
        w.chop(3);
        undouble(w);
    } else if (w.endsWith(u"ed"_s) && w.size() - 2 >= 3) {
        w.chop(2);
        undouble(w);
    }
    if (w.endsWith(u'e') && w.size() - 1 >= 4)
        w.chop(1);
    return w;
}

bool TextNormalizer::isStopword(QStringView word)
{
    return stopwords().contains(word.toString());
}

bool TextNormalizer::takesNegation(QStringView word)
{
    // Filler in "SIP response 486" or "the phone shows", but what a negation is about
    // in "no response" or "kein Telefon".
    static const QSet<QString> words = {u"response"_s, u"responses"_s, u"status"_s};
    return words.contains(word.toString());
}

bool TextNormalizer::isWeakWord(QStringView word)
{
    return weakWords().contains(word.toString());
}

bool TextNormalizer::isModal(QStringView word)
{
    return modals().contains(word.toString());
}

bool TextNormalizer::isNegator(QStringView word)
{
    return negators().contains(word.toString());
}

QString TextNormalizer::root(const QString &word)
{
    QString w = stem(word);
    if (w.size() < 5 || std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); }))
        return w;
    // Inflection and derivation endings of German, French and Spanish (English ones
    // are stem()'s), longest first; at least four letters stay.
    static const char *const endings[] = {
        "amientos", "imientos", "amiento", "imiento", "aciones", "iciones", "ierung",
        "ements", "ations", "ciones", "lichen", "ungen", "ement", "ation", "ieren",
        "iert", "cion", "sion", "ions", "ung", "ion", "ado", "ada", "ido", "ida",
        "ees", "ant", "ent", "lich", "bar", "en", "er", "es", "ee", "os", "as", "e",
        "a", "o", "t", "n", "s",
    };
    for (const char *ending : endings) {
        const QLatin1StringView e(ending);
        if (w.endsWith(e) && w.size() - e.size() >= 4) {
            w.chop(e.size());
            break;
        }
    }
    // What follows the first letters is mostly inflection and derivation; the longer
    // the word, the more of it is kept, so that a compound ("Gesprächspartner") does not
    // meet its first part ("Gespräch").
    const qsizetype keep = std::max<qsizetype>(6, w.size() - 3);
    if (w.size() > keep)
        w.truncate(keep);
    return w;
}

QString TextNormalizer::looseRoot(const QString &word)
{
    const QString r = root(word);
    // The first six letters carry a word's meaning in all four languages
    // ("registration", "registrierung", "registro" → "regist").
    return r.size() > 6 ? r.left(6) : r;
}

int TextNormalizer::allowedTypos(qsizetype length)
{
    if (length >= 8)
        return 2;
    if (length >= 4)
        return 1; // "foud" for "found": short words are where help desks slip most
    return 0;
}

int TextNormalizer::editDistance(QStringView a, QStringView b, int maxDistance)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (std::abs(n - m) > maxDistance)
        return maxDistance + 1;
    if (n == 0 || m == 0)
        return int(std::max(n, m));

    // Three rolling rows of the optimal-string-alignment matrix; words are short, so
    // fixed-size rows avoid an allocation per comparison.
    constexpr qsizetype Max = 64;
    if (m + 1 > Max)
        return maxDistance + 1;
    std::array<std::array<int, Max>, 3> rows{};
    int *twoBack = rows[0].data();
    int *previous = rows[1].data();
    int *current = rows[2].data();
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);

    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, twoBack[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > maxDistance)
            return maxDistance + 1;
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], maxDistance + 1);
}

} // namespace SipScope
