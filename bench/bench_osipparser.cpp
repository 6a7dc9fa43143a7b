// Parser throughput of libosip2 (osip_message_parse), the peer of bench_sipparser.cpp:
// same files, same loop, same output ("parse <file> <messages per second>").
// Plain C++ without Qt; built only when pkg-config finds libosip2.
#include <osipparser2/osip_parser.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

using Clock = std::chrono::steady_clock;

namespace {

volatile std::size_t g_sink = 0;

bool parseOne(const std::string &bytes)
{
    osip_message_t *message = nullptr;
    if (osip_message_init(&message) != 0)
        return false;
    const bool ok = osip_message_parse(message, bytes.data(), bytes.size()) == 0;
    // The same fields bench_sipparser reads: top Via branch, CSeq method, Call-ID.
    if (ok) {
        osip_via_t *via = nullptr;
        osip_generic_param_t *branch = nullptr;
        if (osip_message_get_via(message, 0, &via) >= 0 && via
            && osip_via_param_get_byname(via, const_cast<char *>("branch"), &branch) == 0 && branch && branch->gvalue)
            g_sink = g_sink + std::strlen(branch->gvalue);
        if (message->cseq && message->cseq->method)
            g_sink = g_sink + std::strlen(message->cseq->method);
        if (message->call_id && message->call_id->number)
            g_sink = g_sink + std::strlen(message->call_id->number);
    }
    osip_message_free(message);
    return ok;
}

double measure(const std::vector<std::string> &messages, double seconds)
{
    for (const std::string &m : messages)
        parseOne(m);
    long long count = 0;
    const auto start = Clock::now();
    const auto until = start + std::chrono::duration<double>(seconds);
    do {
        for (int round = 0; round < 100; ++round) {
            for (const std::string &m : messages)
                parseOne(m);
        }
        count += 100 * static_cast<long long>(messages.size());
    } while (Clock::now() < until);
    return double(count) / std::chrono::duration<double>(Clock::now() - start).count();
}

std::string baseName(const std::string &path)
{
    const std::size_t slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const std::size_t dot = name.find_last_of('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

} // namespace

int main(int argc, char **argv)
{
    parser_init();
    double seconds = 2.0;
    int first = 1;
    if (argc > 2 && std::strcmp(argv[1], "--seconds") == 0) {
        seconds = std::atof(argv[2]);
        first = 3;
    }
    std::vector<std::string> all;
    for (int i = first; i < argc; ++i) {
        std::ifstream file(argv[i], std::ios::binary);
        if (!file) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 2;
        }
        const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
        if (!parseOne(bytes)) {
            std::fprintf(stderr, "%s does not parse\n", argv[i]);
            return 2;
        }
        all.push_back(bytes);
        std::printf("parse %s %.0f\n", baseName(argv[i]).c_str(), measure({bytes}, seconds));
    }
    if (all.empty()) {
        std::fprintf(stderr, "usage: bench_osipparser [--seconds S] FILE...\n");
        return 64;
    }
    std::printf("parse all %.0f\n", measure(all, seconds));
    return 0;
}
