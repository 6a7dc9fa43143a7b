#!/usr/bin/env python3
"""Writes the hand-made fuzz seeds into tests/fuzz/corpus/<target>/.

Three sources: (1) the rows of the unit tests (tests/sip/tst_sipparser.cpp,
tst_sipuri.cpp, tst_digestauth.cpp), read out of their string literals, so that every
malformed case the tests know is also a seed; (2) messages written here after the
cases of RFC 4475 (SIP torture tests) and the hostile-server suite; (3) realistic
answers of common servers. Kamailio's own answers come from capture_kamailio.py.
Run it again after adding rows to those tests; files are overwritten, never removed.
The capture seeds (capture_file) are built here packet by packet and also go to
tests/data/captures, where tst_captureanalysis checks what each must give.
"""
import os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CORPUS = os.path.join(HERE, "corpus")


def write(target, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    path = os.path.join(CORPUS, target, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def unescape_c(body):
    """C/C++ string literal body -> bytes (\\r \\n \\t \\" \\\\ \\xNN \\0 octal)."""
    out = bytearray()
    i = 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = body[i + 1]
        if n in "rnt\"\\'?":
            out += {"r": b"\r", "n": b"\n", "t": b"\t", '"': b'"', "\\": b"\\", "'": b"'", "?": b"?"}[n]
            i += 2
        elif n == "x":
            m = re.match(r"[0-9a-fA-F]{1,2}", body[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        elif n in "01234567":
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out += n.encode()
            i += 2
    return bytes(out)


LITERAL = re.compile(r'u?R"\((.*?)\)"(?:_s)?|u?"((?:[^"\\]|\\.)*)"(?:_s)?', re.S)


def rows(path):
    """(tag, [first column's adjacent literals joined]) for each QTest::newRow."""
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r'QTest::newRow\("([^"]+)"\)(.*?);\n', text, re.S):
        tag, rest = m.group(1), m.group(2)
        first = rest.split("<<")[1] if "<<" in rest else ""
        pieces = []
        for lit in LITERAL.finditer(first):
            pieces.append(lit.group(1).encode() if lit.group(1) is not None else unescape_c(lit.group(2)))
        if pieces:
            yield tag, b"".join(pieces)


def slug(tag):
    return re.sub(r"[^A-Za-z0-9]+", "-", tag).strip("-").lower()


def crlf(text):
    return text.replace("\n", "\r\n")


def response(status, headers, body=""):
    head = f"SIP/2.0 {status}\n" + "".join(h + "\n" for h in headers)
    return crlf(head + f"Content-Length: {len(body.encode())}\n\n") + body


VIA = "Via: SIP/2.0/UDP 127.0.0.1:40312;branch=z9hG4bK9f3c2a1b;rport=40312;received=127.0.0.1"
DIALOG = [VIA,
          "From: <sip:sipscope@127.0.0.1>;tag=4f2a9c",
          "To: <sip:127.0.0.1:5060>;tag=as1b2c3d4e",
          "Call-ID: 7f9e2d4c8b1a@127.0.0.1",
          "CSeq: 1 OPTIONS"]


def sip_seeds():
    """Realistic answers and RFC 4475-style torture messages (written here)."""
    s = {}
    s["asterisk-200-ok.sip"] = response("200 OK", DIALOG + [
        "Server: Asterisk PBX 20.5.0",
        "Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, SUBSCRIBE, NOTIFY, INFO, PUBLISH, MESSAGE",
        "Supported: replaces, timer",
        "Accept: application/sdp",
        "Contact: <sip:127.0.0.1:5060>"])
    s["freeswitch-200-ok.sip"] = response("200 OK", DIALOG + [
        "User-Agent: FreeSWITCH-mod_sofia/1.10.11-release~64bit",
        "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, MESSAGE, INFO, UPDATE, REGISTER, REFER, NOTIFY",
        "Supported: timer, path, replaces",
        "Allow-Events: talk, hold, conference, refer",
        "Accept: application/sdp",
        "Accept-Language: en"])
    s["100-trying.sip"] = response("100 Trying", DIALOG[:1] + [d for d in DIALOG[1:] if not d.startswith("To")] + [
        "To: <sip:127.0.0.1:5060>"])
    many = [f"Via: SIP/2.0/UDP 10.{i}.0.1:5060;branch=z9hG4bK{i:04x}deadbeef;received=192.0.2.{i}" for i in range(24)]
    rr = [f"Record-Route: <sip:10.{i}.1.1;lr;ftag=4f2a9c;did={i:03x}.a1>" for i in range(20)]
    s["large-200-many-via-record-route.sip"] = response("200 OK", [VIA] + many + DIALOG[1:] + rr + [
        "Contact: <sip:alice@10.0.0.7:5060;transport=udp>;expires=3600;+sip.instance=\"<urn:uuid:00000000-0000-1000-8000-000A95A0E128>\"",
        "Allow: INVITE, ACK, CANCEL, OPTIONS, BYE, REFER, NOTIFY, MESSAGE, SUBSCRIBE, INFO, UPDATE, PRACK",
        "Supported: 100rel, timer, replaces, norefersub, path, outbound, gruu",
        "Accept: application/sdp, application/dtmf-relay, text/plain",
        "Server: SBC/4.2"])
    s["401-two-challenges.sip"] = response("401 Unauthorized", DIALOG + [
        'WWW-Authenticate: Digest realm="sip.example.com", nonce="5f2b1c0e9a7d", algorithm=SHA-256, qop="auth"',
        'WWW-Authenticate: Digest realm="sip.example.com", nonce="5f2b1c0e9a7d", algorithm=MD5, qop="auth"'])
    s["407-proxy.sip"] = response("407 Proxy Authentication Required", DIALOG + [
        'Proxy-Authenticate: Digest realm="asterisk",nonce="1732713600/7a8b",opaque="3c2e",algorithm=md5,qop="auth"'])
    s["503-retry-after.sip"] = response("503 Service Unavailable", DIALOG + ["Retry-After: 120 (maintenance);duration=3600"])
    s["488-warning.sip"] = response("488 Not Acceptable Here", DIALOG + ['Warning: 304 sbc.example.com "Media type not available"'])
    s["302-contacts.sip"] = response("302 Moved Temporarily", DIALOG + [
        'Contact: "Desk" <sip:alice@192.0.2.4>;q=0.7, <sip:alice@192.0.2.5;transport=tcp>;q=0.3',
        "Contact: <sips:alice@example.com>;expires=60"])
    s["compact-forms.sip"] = crlf("SIP/2.0 200 OK\nv: SIP/2.0/UDP 127.0.0.1:40312;branch=z9hG4bKc\n"
                                  "f: <sip:a@b>;tag=1\nt: <sip:c@d>;tag=2\ni: compact@host\nCSeq: 1 OPTIONS\n"
                                  "m: <sip:x@y>\nk: timer\nc: text/plain\nl: 4\n\n") + "body"
    s["folded-headers.sip"] = crlf("SIP/2.0 200 OK\n" + VIA + "\nSubject: first\n  part\n\tand more\n"
                                   "Allow: INVITE,\n ACK,\n\tOPTIONS\n" + "\n".join(DIALOG[1:]) + "\nContent-Length: 0\n\n")
    s["ipv6-via.sip"] = response("200 OK", ["Via: SIP/2.0/UDP [::1]:40312;branch=z9hG4bKv6;rport=40312;received=::1",
                                            "From: <sip:sipscope@[::1]>;tag=1", "To: <sip:[::1]>;tag=2",
                                            "Call-ID: v6@::1", "CSeq: 1 OPTIONS"])
    s["sdp-body.sip"] = response("200 OK", DIALOG + ["Content-Type: application/sdp"],
                                 crlf("v=0\no=- 0 0 IN IP4 127.0.0.1\ns=-\nc=IN IP4 127.0.0.1\nt=0 0\nm=audio 4000 RTP/AVP 0 8 101\na=rtpmap:101 telephone-event/8000\n"))
    # The hostile-server suite's answers (tests/hostile), as bytes.
    s["hostile-status-099.sip"] = crlf("SIP/2.0 099 Too Low\n" + "\n".join(DIALOG) + "\nContent-Length: 0\n\n")
    s["hostile-status-999.sip"] = crlf("SIP/2.0 999 Too High\n" + "\n".join(DIALOG) + "\nContent-Length: 0\n\n")
    s["hostile-malformed-status-line.sip"] = crlf("SIP/2.0OK 200\n" + "\n".join(DIALOG) + "\n\n")
    s["hostile-truncated-headers.sip"] = crlf("SIP/2.0 200 OK\n" + VIA + "\nFrom: <sip:sipscope@127.0.0.1>;tag=4f").rstrip("\r\n")
    s["hostile-non-utf8-reason.sip"] = b"SIP/2.0 200 \xc3\x28\xa0\xa1 \xff\xfe\xf0\x28\x8c\x28\r\n" + crlf("\n".join(DIALOG) + "\nContent-Length: 0\n\n").encode()
    s["hostile-latin1-reason.sip"] = b"SIP/2.0 486 Occup\xe9\r\n" + crlf("\n".join(DIALOG) + "\nContent-Length: 0\n\n").encode()
    s["hostile-content-length-larger.sip"] = crlf("SIP/2.0 200 OK\n" + "\n".join(DIALOG) + "\nContent-Length: 500\n\n") + "v=0\r\n"
    s["hostile-content-length-smaller.sip"] = crlf("SIP/2.0 200 OK\n" + "\n".join(DIALOG) + "\nContent-Length: 2\n\n") + "v=0\r\nextra bytes\r\n"
    s["hostile-long-header-value.sip"] = crlf("SIP/2.0 200 OK\n" + "\n".join(DIALOG) + "\nX-Long: " + "A" * 10000 + "\nContent-Length: 0\n\n")
    s["hostile-wrong-call-id.sip"] = response("200 OK", [d if not d.startswith("Call-ID") else "Call-ID: not-ours@198.51.100.9" for d in DIALOG])
    s["hostile-wrong-branch.sip"] = response("200 OK", [d if not d.startswith("Via") else VIA.replace("9f3c2a1b", "00000000") for d in DIALOG])
    # After RFC 4475 (written here, not copied): the situations it tests.
    s["rfc4475-bigcode.sip"] = crlf("SIP/2.0 4294967301 better not break the receiver\n" + "\n".join(DIALOG) + "\nContent-Length: 0\n\n")
    s["rfc4475-scalar-overflow.sip"] = crlf("SIP/2.0 503 Service Unavailable\n" + "\n".join(DIALOG[:4]) +
                                            "\nCSeq: 36893488147419103232 OPTIONS\nRetry-After: 18446744073709551616\n"
                                            "Max-Forwards: 300\nExpires: 1" + "0" * 40 + "\nContent-Length: 0\n\n")
    s["rfc4475-negative-content-length.sip"] = crlf("SIP/2.0 200 OK\n" + "\n".join(DIALOG) + "\nContent-Length: -999\n\n") + "x"
    s["rfc4475-no-reason.sip"] = crlf("SIP/2.0 200\n" + "\n".join(DIALOG) + "\nContent-Length: 0\n\n")
    s["rfc4475-unusual-reason.sip"] = ("SIP/2.0 200 = 2**3 * 5**2 \u043d\u043e \u0441\u0442\u043e "
                                      "\u0434\u0435\u0432\u044f\u043d\u043e\u0441\u0442\u043e \u0434\u0435\u0432\u044f\u0442\u044c "
                                      "- \u043f\u0440\u043e\u0441\u0442\u043e\u0435\r\n" + crlf("\n".join(DIALOG) + "\nContent-Length: 0\n\n"))
    s["rfc4475-wide-range-of-valid-characters.sip"] = crlf(
        "!interesting-Method0123456789_*+`.%indeed'~ sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*:&it+has=1,weird!*pas$wo~d_too.(doesn't-it)@example.com SIP/2.0\n"
        "Via: SIP/2.0/TCP host1.example.com;rport;branch=z9hG4bK-.!%66*_+`'~\n"
        'To: "BEL:\\\x07 NUL:\\\x01 DEL:\\\x7f" <sip:1_unusual.URI~(to-be!sure)&isn\'t+it$/crazy?,/;;*@example.com>\n'
        "From: token1~` token2'+_ token3*%!.- <sip:mundane@example.com>;fromParam''~+*_!.-%=\"\xd1\x80\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x82\xd0\xb0\xd1\x8e\xd1\x89\xd0\xb8\xd0\xb9\";tag=_token~1'+`*%!-.\n"
        "Call-ID: intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{\n"
        "CSeq: 139122385 !interesting-Method0123456789_*+`.%indeed'~\n"
        "Max-Forwards: 255\n"
        "extensionHeader-!.%*+_`'~:\xef\xbb\xbf\xe5\xa4\xa7\xe5\x81\x9c\xe9\x9b\xbb\n"
        "Content-Length: 0\n\n")
    s["rfc4475-escaped-uri.sip"] = crlf("OPTIONS sip:sips%3Auser%40example.com@example.net;%61=%62 SIP/2.0\n"
                                        "To: sip:%75se%72@example.com\nFrom: <sip:I%20have%20spaces@example.net>;tag=1234\n"
                                        "Max-Forwards: 87\ni: esc01.239409asdfakjkn23onasd0-3234\nCSeq: 234234 OPTIONS\n"
                                        "Via: SIP/2.0/UDP host5.example.net;branch=z9hG4bKkdjuw\nl: 0\n\n")
    s["rfc4475-lws-in-start-line.sip"] = crlf("OPTIONS  sip:user@example.com   SIP/2.0\nMax-Forwards: 8\nCSeq: 1 OPTIONS\nl: 0\n\n")
    s["rfc4475-trailing-lws-start-line.sip"] = crlf("SIP/2.0 200 OK   \t\n" + "\n".join(DIALOG) + "\nl: 0\n\n")
    s["rfc4475-unbalanced-quotes.sip"] = crlf("SIP/2.0 200 OK\n" + VIA + '\nFrom: "Mr. J. User <sip:j.user@example.com>;tag=1\n'
                                              'To: "unclosed <sip:x@y>\n' + "\n".join(DIALOG[3:]) + "\nl: 0\n\n")
    s["rfc4475-angle-request-uri.sip"] = crlf("OPTIONS <sip:user@example.com> SIP/2.0\nCSeq: 1 OPTIONS\nl: 0\n\n")
    s["rfc4475-unknown-version.sip"] = crlf("SIP/7.0 200 OK\n" + "\n".join(DIALOG) + "\nl: 0\n\n")
    s["rfc4475-cseq-method-mismatch.sip"] = response("200 OK", DIALOG[:4] + ["CSeq: 1 INVITE"])
    s["rfc4475-multiple-content-length.sip"] = crlf("SIP/2.0 200 OK\n" + "\n".join(DIALOG) + "\nContent-Length: 3\nl: 4\n\n") + "body"
    s["rfc4475-no-headers-end.sip"] = crlf("SIP/2.0 200 OK\n" + "\n".join(DIALOG))
    s["rfc4475-multipart-body.sip"] = response("200 OK", DIALOG + ['Content-Type: multipart/mixed;boundary=7a9cbec02ceef655'],
                                               crlf("--7a9cbec02ceef655\nContent-Type: text/plain\n\nfirst\n--7a9cbec02ceef655\n"
                                                    "Content-Type: application/octet-stream\n\n\x01\x02\xfe\n--7a9cbec02ceef655--\n"))
    s["rfc4475-whitespace-everywhere.sip"] = crlf("SIP/2.0 200 OK\nVia     :    SIP  /   2.0\n /UDP\n    127.0.0.1:40312;branch=z9hG4bK9f3c2a1b\n"
                                                  "From:\t<sip:sipscope@127.0.0.1>\t;\ttag = 4f2a9c\nTo :<sip:127.0.0.1:5060>\n"
                                                  "Call-ID\t:\t7f9e2d4c8b1a@127.0.0.1\nCSeq   :   1\n OPTIONS\nl :   0\n\n")
    s["rfc4475-two-messages-one-datagram.sip"] = response("200 OK", DIALOG) + response("486 Busy Here", DIALOG)
    s["bare-lf.sip"] = "SIP/2.0 200 OK\n" + "\n".join(DIALOG) + "\nContent-Length: 0\n\n"
    s["keepalives-then-message.sip"] = "\r\n\r\n\r\n" + response("200 OK", DIALOG)
    return s


def main():
    seeds = sip_seeds()
    for name, data in seeds.items():
        write("sip_datagram", name, data)
    for tag, data in rows(os.path.join(ROOT, "tests/sip/tst_sipparser.cpp")):
        write("sip_datagram", f"test-{slug(tag)}.sip", data)

    # Streams: the same messages back to back, with keep-alives, and partial tails.
    stream = {
        "kamailio-three-answers.sip": response("100 Trying", DIALOG) + "\r\n\r\n" + response("200 OK", DIALOG) + response("486 Busy Here", DIALOG),
        "keepalives-only.sip": "\r\n" * 64,
        "missing-content-length.sip": crlf("SIP/2.0 200 OK\n" + "\n".join(DIALOG) + "\n\n"),
        "partial-second-message.sip": response("200 OK", DIALOG) + "SIP/2.0 486 Bu",
        "body-then-message.sip": response("200 OK", DIALOG + ["Content-Type: application/sdp"], "v=0\r\n") + response("200 OK", DIALOG),
        "garbage-after-message.sip": response("200 OK", DIALOG) + "GET / HTTP/1.1\r\nHost: x\r\n\r\n",
        "announced-body-too-large.sip": crlf("SIP/2.0 200 OK\nContent-Length: 70000\n\n"),
        "endless-line.sip": "SIP/2.0 200 " + "O" * 9000,
        "trickle-many-record-routes.sip": response("200 OK", DIALOG + [f"Record-Route: <sip:10.0.{i}.1;lr>" for i in range(150)], "b" * 4000),
        "closed-mid-message.sip": response("200 OK", DIALOG + ["Content-Type: text/plain"], "0123456789")[:-4],
    }
    for name, data in stream.items():
        write("sip_stream", name, data)
    for name, data in seeds.items():
        if name.startswith(("asterisk", "freeswitch", "large", "401", "407", "hostile", "rfc4475", "folded", "compact")):
            write("sip_stream", name, data)

    captured = os.path.join(CORPUS, "sip_datagram")
    for name in sorted(os.listdir(captured)):
        if name.startswith("kamailio-"):
            write("sip_stream", name, open(os.path.join(captured, name), "rb").read())

    for tag, data in rows(os.path.join(ROOT, "tests/sip/tst_sipuri.cpp")):
        write("sip_uri", f"test-{slug(tag)}.txt", data)
    uris = {
        "ipv6-zone.txt": "sip:[fe80::1%25eth0]:5060",
        "all-params.txt": "sips:alice@example.com:5061;transport=tls;lr;maddr=192.0.2.1;ttl=15;user=phone;method=OPTIONS",
        "upper-everything.txt": "SIPS:ALICE@EXAMPLE.COM:5061;TRANSPORT=TLS",
        "escaped-user.txt": "sip:%61lice%40home@example.com",
        "long-host.txt": "sip:" + ".".join(["a" * 63] * 4) + ":5060",
        "too-long.txt": "sip:" + "a" * 2000 + ".com",
        "unicode-host.txt": "sip:b\u00fccher.example",
        "emoji.txt": "sip:\U0001F4DE@example.com",
        "ipv4-broken-port.txt": "1.2.3.4:50:60",
        "empty-param.txt": "sip:example.com;;lr",
        "headers.txt": "sip:alice@example.com?subject=hi&priority=urgent",
        "kamailio-target.txt": "sip:ping@127.0.0.1:5060",
        "loopback-v6.txt": "[::1]:5070",
    }
    for name, text in uris.items():
        write("sip_uri", name, text)

    for tag, data in rows(os.path.join(ROOT, "tests/sip/tst_digestauth.cpp")):
        if data.strip() and b"=" in data:
            write("digest_challenge", f"test-{slug(tag)}.txt", data)
    challenges = {
        "kamailio-401-qop.txt": 'Digest realm="127.0.0.1", nonce="awgeTmsIHSI+4LLIPDKOLofCJMDEpGMw", qop="auth"',
        "kamailio-407.txt": 'Digest realm="127.0.0.1", nonce="awgeSmsIHR4tqdVazwPc4EpPJfyouRyd"',
        "asterisk.txt": 'Digest algorithm=MD5, realm="asterisk", nonce="1732713600/0a1b2c3d4e5f", opaque="5b8a2f7c", qop="auth"',
        "freeswitch.txt": 'Digest realm="192.0.2.10", nonce="6c1d2f3a-8b4e-11ef-9a7c-0242ac120002", algorithm=MD5, qop="auth"',
        "rfc7616-sha256-userhash.txt": 'Digest realm="api@example.org", qop="auth", algorithm=SHA-512-256, nonce="5TsQWLVdgBdmrQ0XsxbDODV+57QdFR34I9HAbC/RVvkK", opaque="HRPCssKJSGjCrkzDg8OhwpzCiGPChXYjwrI2QmXDnsOS", charset=UTF-8, userhash=true',
        "three-lines-sha-md5-basic.txt": 'Digest realm="r", nonce="n1", algorithm=SHA-256-sess, qop="auth-int"\nDigest realm="r", nonce="n2", algorithm=MD5-sess, qop="auth,auth-int", stale=TRUE\nBasic realm="r"',
        "realm-with-quotes-and-backslashes.txt": r'Digest realm="a \"quoted\" \\ realm", nonce="n\"o\\nce", opaque="o\\"',
        "realm-with-cr.txt": 'Digest realm="evil\rInjected: yes", nonce="n", qop="auth"',
        "nonce-with-comma.txt": 'Digest realm="r", nonce="a,b=c,Digest", qop=auth',
        "domain-list.txt": 'Digest realm="r", nonce="n", domain="sip:a.example.com sip:b.example.com", stale=false',
        "huge-nonce.txt": 'Digest realm="r", nonce="' + "n" * 5000 + '"',
        "many-params.txt": "Digest " + ", ".join(f"p{i}=v{i}" for i in range(300)) + ', realm="r", nonce="n"',
        "only-commas.txt": ",,,,,, ,\t,",
        "unknown-qop.txt": 'Digest realm="r", nonce="n", qop="auth-conf"',
        "aka.txt": 'Digest realm="ims.example.com", nonce="CjPk9mRqNuT25eRkajM09uTl9nM09uTl9nMz5OX25PZz==", algorithm=AKAv1-MD5, qop="auth"',
    }
    for name, text in challenges.items():
        write("digest_challenge", name, text)

    queries = ["486", "busy", "4xx", "nobody answers", "wrong password", "Busy Here", "besetzt",
               "occup\u00e9", "499", "650", "RFC 3261", "q.850 17", "unavailble", "Temporarily Unavailable",
               "48", "6", "blocked spam", "the phone says 503", "\U0001F4DE", "a", "  ", "timeout 408 dns",
               "Kamailio", "user not found", "ANSWERED ELSEWHERE", "x" * 300, "4294967301", "-1", "1e3",
               "Stra\u00dfe \u00fc\u00f6\u00e4 \u0131\u0130", "\u0645\u0634\u063a\u0648\u0644", "\u5fd9"]
    for i, q in enumerate(queries):
        opts = bytes([(i * 5) % 14, i % 8])
        write("code_search", f"query-{i:02d}-{slug(q)[:24] or 'blank'}.bin", opts + q.encode("utf-8"))


# --- Captures (target "capture_file", and tests/data/captures for tst_captureanalysis) ---
import struct


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ipv4(src, dst, proto, payload, ident=1, flags_offset=0x4000):
    header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, flags_offset, 64, proto, 0,
                         bytes(src), bytes(dst))
    header = header[:10] + struct.pack("!H", checksum(header)) + header[12:]
    return header + payload


def ipv6(src, dst, proto, payload):
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), proto, 64, bytes(src), bytes(dst)) + payload


def udp(sport, dport, data):
    return struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data


def tcp(sport, dport, seq, ack, flags, data=b""):
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 5 << 4, flags, 65535, 0, 0) + data


A = [192, 0, 2, 10]
B = [192, 0, 2, 20]
A6 = [0x20, 0x01, 0x0d, 0xb8] + [0] * 11 + [1]
B6 = [0x20, 0x01, 0x0d, 0xb8] + [0] * 11 + [2]


def ethernet(packet, vlan=False, v6=False):
    head = b"\x02\0\0\0\0\x02" + b"\x02\0\0\0\0\x01"
    if vlan:
        head += struct.pack("!HH", 0x8100, 100)
    return head + struct.pack("!H", 0x86DD if v6 else 0x0800) + packet


def sll(packet):
    return struct.pack("!HHH8sH", 0, 1, 6, b"\x02\0\0\0\0\x01\0\0", 0x0800) + packet


def sll2(packet):
    return struct.pack("!HHIHBB8s", 0x0800, 0, 1, 1, 0, 6, b"\x02\0\0\0\0\x01\0\0") + packet


def null_loopback(packet):
    return struct.pack("<I", 2) + packet


def pcap(linktype, frames, snaplen=262144, cut=None):
    out = struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, linktype)
    for i, frame in enumerate(frames):
        data = frame if cut is None else frame[:cut]
        out += struct.pack("<IIII", 1796660000 + i, 1000 * i, len(data), len(frame)) + data
    return out


def sip_request(method, call_id, branch, cseq, extra=""):
    return crlf(f"{method} sip:bob@192.0.2.20 SIP/2.0\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch={branch}\n"
                f"From: <sip:alice@192.0.2.10>;tag=a1\nTo: <sip:bob@192.0.2.20>\nCall-ID: {call_id}\n"
                f"CSeq: {cseq} {method}\nMax-Forwards: 70\n{extra}Content-Length: 0\n\n").encode()


def sip_response(status, call_id, branch, cseq, method, extra=""):
    return crlf(f"SIP/2.0 {status}\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch={branch}\n"
                f"From: <sip:alice@192.0.2.10>;tag=a1\nTo: <sip:bob@192.0.2.20>;tag=b2\nCall-ID: {call_id}\n"
                f"CSeq: {cseq} {method}\n{extra}Content-Length: 0\n\n").encode()


def capture_seeds():
    req = sip_request("OPTIONS", "udp-call-1", "z9hG4bK1", 1)
    busy = sip_response("486 Busy Here", "udp-call-1", "z9hG4bK1", 1, "OPTIONS",
                        "Reason: Q.850;cause=17;text=\"User busy\"\nWarning: 399 pbx \"line in use\"\n")
    udp_pair = [ipv4(A, B, 17, udp(5060, 5060, req)), ipv4(B, A, 17, udp(5060, 5060, busy))]
    seeds = {
        "udp-ethernet.pcap": pcap(1, [ethernet(p) for p in udp_pair]),
        "udp-vlan.pcap": pcap(1, [ethernet(p, vlan=True) for p in udp_pair]),
        "udp-sll.pcap": pcap(113, [sll(p) for p in udp_pair]),
        "udp-sll2.pcap": pcap(276, [sll2(p) for p in udp_pair]),
        "udp-null.pcap": pcap(0, [null_loopback(p) for p in udp_pair]),
        "udp-raw.pcap": pcap(101, udp_pair),
        "udp-ipv6.pcap": pcap(1, [ethernet(ipv6(A6, B6, 17, udp(5060, 5060, req)), v6=True),
                                  ethernet(ipv6(B6, A6, 17, udp(5060, 5060, busy)), v6=True)]),
        "snaplen-cut.pcap": pcap(1, [ethernet(p) for p in udp_pair], snaplen=96, cut=96),
        "wrong-linktype.pcap": pcap(147, udp_pair),
        "file-cut-mid-packet.pcap": pcap(1, [ethernet(p) for p in udp_pair])[:-40],
        "header-only.pcap": pcap(1, []),
        "garbage-after-header.pcap": pcap(1, []) + bytes(range(256)) * 4,
        "not-ip.pcap": pcap(1, [b"\xff" * 6 + b"\x02" * 6 + b"\x08\x06" + b"\0" * 28]),
    }
    # IPv4 fragments: a 401 with a long header split in three, sent last part first.
    challenge = sip_response("401 Unauthorized", "frag-call", "z9hG4bK2", 1, "REGISTER",
                             "WWW-Authenticate: Digest realm=\"example.com\", nonce=\"" + "n" * 1800 + "\"\n")
    whole = udp(5060, 5060, challenge)
    parts = [whole[0:600], whole[600:1200], whole[1200:]]
    fragments = [ipv4(B, A, 17, parts[2], ident=7, flags_offset=1200 // 8),
                 ipv4(B, A, 17, parts[0], ident=7, flags_offset=0x2000 | 0),
                 ipv4(B, A, 17, parts[1], ident=7, flags_offset=0x2000 | 600 // 8)]
    seeds["ipv4-fragments.pcap"] = pcap(101, [ipv4(A, B, 17, udp(5060, 5060, sip_request("REGISTER", "frag-call", "z9hG4bK2", 1)))] + fragments)
    # TCP: handshake, a request, then the answers (100, 180 in one segment, 486 split in
    # two, its second half before its first), FIN.
    r = sip_request("INVITE", "tcp-call", "z9hG4bK3", 1).replace(b"UDP", b"TCP")
    answers = (sip_response("100 Trying", "tcp-call", "z9hG4bK3", 1, "INVITE").replace(b"UDP", b"TCP")
               + sip_response("180 Ringing", "tcp-call", "z9hG4bK3", 1, "INVITE").replace(b"UDP", b"TCP"))
    final = sip_response("486 Busy Here", "tcp-call", "z9hG4bK3", 1, "INVITE").replace(b"UDP", b"TCP")
    c, s_ = 1000, 5000
    frames = [ipv4(A, B, 6, tcp(40000, 5060, c, 0, 0x02)), ipv4(B, A, 6, tcp(5060, 40000, s_, c + 1, 0x12)),
              ipv4(A, B, 6, tcp(40000, 5060, c + 1, s_ + 1, 0x10)),
              ipv4(A, B, 6, tcp(40000, 5060, c + 1, s_ + 1, 0x18, r)),
              ipv4(B, A, 6, tcp(5060, 40000, s_ + 1, c + 1 + len(r), 0x18, answers)),
              ipv4(B, A, 6, tcp(5060, 40000, s_ + 1 + len(answers) + 100, c + 1 + len(r), 0x18, final[100:])),
              ipv4(B, A, 6, tcp(5060, 40000, s_ + 1 + len(answers), c + 1 + len(r), 0x18, final[:100])),
              ipv4(B, A, 6, tcp(5060, 40000, s_ + 1 + len(answers), c + 1 + len(r), 0x18, final[:100])),  # retransmission
              ipv4(A, B, 6, tcp(40000, 5060, c + 1 + len(r), s_ + 1 + len(answers) + len(final), 0x11))]
    seeds["tcp-reassembly.pcap"] = pcap(101, frames)
    return seeds


def write_capture_seeds():
    for name, data in capture_seeds().items():
        write("capture_file", name, data)
        path = os.path.join(ROOT, "tests", "data", "captures", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)


def dns_name(name, pointer=None):
    out = b"".join(bytes([len(label)]) + label.encode() for label in name.split(".") if label)
    return out + (struct.pack(">H", 0xC000 | pointer) if pointer is not None else b"\0")


def dns_message(qname, qtype, answers, flags=0x8180, ancount=None, ident=0x1234):
    question = dns_name(qname) + struct.pack(">HH", qtype, 1)
    body = b"".join(answers)
    count = len(answers) if ancount is None else ancount
    return struct.pack(">HHHHHH", ident, flags, 1, count, 0, 0) + question + body


def dns_rr(rtype, rdata, name=b"\xc0\x0c", ttl=300):
    return name + struct.pack(">HHIH", rtype, 1, ttl, len(rdata)) + rdata


def char_string(text):
    return bytes([len(text)]) + text


def dns_seeds():
    """DNS answers as the resolver reads them: each record type RFC 3263 uses, and the
    damage a hostile or broken server can do to a message."""
    naptr = lambda order, pref, services, repl: dns_rr(35, struct.pack(">HH", order, pref) + char_string(b"S")
                                                       + char_string(services) + char_string(b"") + dns_name(repl))
    srv = lambda prio, weight, port, target: dns_rr(33, struct.pack(">HHH", prio, weight, port) + dns_name(target))
    seeds = {
        "naptr-three.bin": dns_message("example.test", 35, [
            naptr(10, 10, b"SIPS+D2T", "_sips._tcp.example.test"),
            naptr(20, 10, b"SIP+D2T", "_sip._tcp.example.test"),
            naptr(30, 10, b"SIP+D2U", "_sip._udp.example.test")]),
        "srv-two.bin": dns_message("_sip._udp.example.test", 33, [
            srv(10, 60, 5060, "sip1.example.test"), srv(20, 0, 5080, "sip2.example.test")]),
        "a-and-cname.bin": dns_message("sip.example.test", 1, [
            dns_rr(5, dns_name("pbx.example.test")), dns_rr(1, bytes([127, 0, 0, 1]))]),
        "aaaa.bin": dns_message("sip.example.test", 28, [dns_rr(28, bytes(15) + b"\x01")]),
        "nxdomain.bin": dns_message("missing.example.test", 33, [], flags=0x8183),
        "truncated-flag.bin": dns_message("example.test", 35, [], flags=0x8380),
        "compression-loop.bin": dns_message("example.test", 33, [dns_rr(33, struct.pack(">HHH", 0, 0, 5060)
                                                                         + b"\xc0\x2a")]),
        "rdlength-past-end.bin": dns_message("example.test", 1, [b"\xc0\x0c" + struct.pack(">HHIH", 1, 1, 60, 200)
                                                                 + b"\x7f\0"]),
        "ancount-lies.bin": dns_message("example.test", 1, [dns_rr(1, bytes([127, 0, 0, 1]))], ancount=40),
        "a-wrong-length.bin": dns_message("example.test", 1, [dns_rr(1, bytes([127, 0, 1]))]),
        "label-too-long.bin": dns_message("example.test", 33, [dns_rr(33, struct.pack(">HHH", 0, 0, 1) + b"\x50"
                                                                      + b"a" * 80 + b"\0")]),
        "naptr-bad-strings.bin": dns_message("example.test", 35, [dns_rr(35, struct.pack(">HH", 1, 1) + b"\x09S")]),
        "ttl-top-bit.bin": dns_message("example.test", 1, [dns_rr(1, bytes([127, 0, 0, 2]), ttl=0x80000001)]),
        "header-only.bin": struct.pack(">HHHHHH", 1, 0x8180, 0, 0, 0, 0),
        "short.bin": b"\x12\x34\x81",
    }
    return seeds


def write_dns_seeds():
    for name, data in dns_seeds().items():
        write("dns_message", name, data)


if __name__ == "__main__":
    main()
    write_capture_seeds()
    write_dns_seeds()
