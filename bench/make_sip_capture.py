#!/usr/bin/env python3
"""Writes a classic pcap (raw IP) of N SIP messages over UDP: N/2 OPTIONS and their
answers (200, 486, 404, 503 in turn), one Call-ID each, for bench/capture_vs_tshark.sh.
The packets are built by the same helpers as the capture fuzz seeds (tests/fuzz/make_seeds.py).

    make_sip_capture.py N FILE
"""
import importlib.util
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("seeds", os.path.join(HERE, "..", "tests", "fuzz", "make_seeds.py"))
seeds = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seeds)

count, path = int(sys.argv[1]), sys.argv[2]
codes = ["200 OK", "486 Busy Here", "404 Not Found", "503 Service Unavailable"]
with open(path, "wb") as out:
    out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 101))
    for i in range(count // 2):
        call, branch = f"bench-call-{i}", f"z9hG4bK{i}"
        request = seeds.sip_request("OPTIONS", call, branch, 1)
        answer = seeds.sip_response(codes[i % 4], call, branch, 1, "OPTIONS")
        for j, (src, dst, data) in enumerate(((seeds.A, seeds.B, request), (seeds.B, seeds.A, answer))):
            packet = seeds.ipv4(src, dst, 17, seeds.udp(5060, 5060, data), ident=i & 0xFFFF)
            out.write(struct.pack("<IIII", 1796660000 + i // 1000, (i % 1000) * 1000 + j, len(packet), len(packet)))
            out.write(packet)
