#!/usr/bin/env python3
"""Captures real Kamailio responses for the fuzz seed corpora.

Starts /usr/sbin/kamailio with tests/integration/kamailio.cfg on a free
127.0.0.1 port, sends one OPTIONS per scripted user and writes every datagram that
comes back to tests/fuzz/corpus/sip_datagram/kamailio-<user>-<n>.sip. Loopback only.
Run by hand when the Kamailio configuration changes; the seeds are checked in.
"""
import os, socket, subprocess, sys, tempfile, time, uuid

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CFG = os.environ.get("SIPSCOPE_KAMAILIO_CFG", os.path.join(ROOT, "tests", "integration", "kamailio.cfg"))
OUT = os.path.join(ROOT, "tests", "fuzz", "corpus", "sip_datagram")


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def options(user, host, port, lport):
    branch = "z9hG4bK" + uuid.uuid4().hex[:16]
    ruri = f"sip:{user}@{host}:{port}" if user else f"sip:{host}:{port}"
    return (f"OPTIONS {ruri} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{lport};branch={branch};rport\r\n"
            f"Max-Forwards: 70\r\n"
            f"From: <sip:sipscope@127.0.0.1>;tag={uuid.uuid4().hex[:8]}\r\n"
            f"To: <{ruri}>\r\n"
            f"Call-ID: {uuid.uuid4().hex}@127.0.0.1\r\n"
            f"CSeq: 1 OPTIONS\r\n"
            f"Contact: <sip:sipscope@127.0.0.1:{lport}>\r\n"
            f"Accept: application/sdp\r\n"
            f"User-Agent: SipScope/0.1.0\r\n"
            f"Content-Length: 0\r\n\r\n").encode()


def main():
    # ./capture_kamailio.py WITH_AUTH also captures the 401/407 challenges.
    defines = [arg for name in sys.argv[1:] for arg in ("-A", name)]
    port = free_port()
    work = tempfile.mkdtemp(prefix="sipscope-kam-")
    cfg = os.path.join(work, "kamailio.cfg")
    with open(cfg, "w") as f:
        f.write(f"listen=udp:127.0.0.1:{port}\ndisable_tcp=yes\ndisable_sctp=yes\n\n")
        f.write(open(CFG).read())
    proc = subprocess.Popen(["/usr/sbin/kamailio", "-f", cfg, "-DD", "-E", "-n", "1", "-m", "32",
                             "-M", "4", "-Y", work, "-w", work] + defines,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(("127.0.0.1", 0))
        lport = sock.getsockname()[1]
        sock.settimeout(0.5)
        for _ in range(40):   # wait until it answers
            sock.sendto(options("ping", "127.0.0.1", port, lport), ("127.0.0.1", port))
            try:
                sock.recvfrom(65535)
                break
            except OSError:
                time.sleep(0.25)
        for user in ["", "ping", "busy", "refuse", "nobody", "slow", "auth401", "auth407"]:
            sock.sendto(options(user, "127.0.0.1", port, lport), ("127.0.0.1", port))
            deadline = time.time() + 1.5
            n = 0
            while time.time() < deadline:
                try:
                    data, _ = sock.recvfrom(65535)
                except socket.timeout:
                    continue
                name = f"kamailio-{user or 'root'}-{n}.sip"
                with open(os.path.join(OUT, name), "wb") as f:
                    f.write(data)
                print(name, data.split(b"\r\n", 1)[0].decode(errors="replace"))
                n += 1
                if not data.startswith(b"SIP/2.0 1"):
                    break
        # The request too: the fake server and Kamailio parse what SipScope sends.
        with open(os.path.join(OUT, "sipscope-options-request.sip"), "wb") as f:
            f.write(options("ping", "127.0.0.1", 5060, 40000))
    finally:
        proc.terminate()
        proc.wait(5)


if __name__ == "__main__":
    sys.exit(main())
