#!/usr/bin/env python3
"""The real SipScope window under X, driven by real input events (xdotool's XTEST
key presses and pointer clicks), for the flows a technician uses: search and pick a
code by keyboard and with the mouse, Copy for ticket, switch views, open Explain, probe
with Enter, probe a SIP URI typed into the search, stop a probe.

What the application did is seen from outside: the clipboard (xclip), the windows on
the display (xdotool search), and SIP servers of this script on 127.0.0.1 that record
what reaches them. Every wait is for a condition, with a generous deadline for a
loaded machine; no sleep is an assertion.

    gui_flows.py PATH/TO/sipscope        (DISPLAY set, e.g. by run-under-xvfb.sh)
"""
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time

DEADLINE = 30.0  # seconds for anything to happen; generous for a loaded machine


def wait_for(condition, what, deadline=DEADLINE):
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {deadline:.0f} s: {what}")


def xdotool(*args, check=True):
    return subprocess.run(["xdotool", *args], check=check, capture_output=True, text=True, timeout=60).stdout


def clipboard():
    result = subprocess.run(["xclip", "-o", "-selection", "clipboard"], capture_output=True, text=True, timeout=20)
    return result.stdout if result.returncode == 0 else ""


class UdpSipServer:
    """Answers every OPTIONS with 200 OK; remembers the Call-IDs it was sent."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.call_ids = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            data, peer = self.sock.recvfrom(65535)
            text = data.decode("utf-8", "replace")
            if not text.startswith("OPTIONS "):
                continue
            head = text.split("\r\n\r\n", 1)[0].split("\r\n")
            keep = [h for h in head[1:] if re.match(r"(?i)(via|from|to|call-id|cseq|v|f|t|i):", h)]
            for h in keep:
                if re.match(r"(?i)(call-id|i):", h):
                    self.call_ids.append(h.split(":", 1)[1].strip())
            answer = "SIP/2.0 200 OK\r\n" + "\r\n".join(keep) + "\r\nContent-Length: 0\r\n\r\n"
            self.sock.sendto(answer.encode(), peer)


class SilentTcpServer:
    """Accepts, reads, never answers; records requests and the client's close."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.port = self.sock.getsockname()[1]
        self.requests = 0
        self.closed = 0
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            conn, _ = self.sock.accept()
            threading.Thread(target=self.read, args=(conn,), daemon=True).start()

    def read(self, conn):
        seen = b""
        while True:
            data = conn.recv(65535)
            if not data:
                self.closed += 1
                return
            seen += data
            if b"OPTIONS " in seen and b"\r\n\r\n" in seen:
                self.requests += 1
                seen = b""


class App:
    def __init__(self, binary):
        self.home = tempfile.TemporaryDirectory()
        env = dict(os.environ, XDG_CONFIG_HOME=self.home.name, LC_ALL="C.UTF-8", LANGUAGE="en")
        env.pop("QT_QPA_PLATFORM", None)
        self.process = subprocess.Popen([binary, "--settings-file", os.path.join(self.home.name, "settings.ini")],
                                        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        out = xdotool("search", "--sync", "--onlyvisible", "--pid", str(self.process.pid))
        self.window = out.split()[0]
        self.focus()

    def focus(self):
        # No window manager: nobody gives the main window the keyboard back when a
        # dialog closes, so each flow starts by giving it the focus, as a click would.
        xdotool("windowfocus", "--sync", self.window)

    def keys(self, *keys):
        xdotool("key", *keys)

    def click(self, x_fraction, y_fraction):
        """A left click at a point of the window given as fractions of its size, so that
        it lands in the same widget whatever the window's exact size."""
        geometry = xdotool("getwindowgeometry", "--shell", self.window)
        size = dict(line.split("=", 1) for line in geometry.split())
        x = int(int(size["WIDTH"]) * x_fraction)
        y = int(int(size["HEIGHT"]) * y_fraction)
        xdotool("mousemove", "--sync", "--window", self.window, str(x), str(y), "click", "1")

    def type(self, text):
        xdotool("type", "--delay", "15", text)

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.home.cleanup()


def pick_code_by_keyboard_and_copy_for_ticket(app, udp, tcp):
    app.keys("ctrl+1")
    app.keys("ctrl+f")
    app.keys("ctrl+a")
    app.type("busy here")
    app.keys("Return")          # from the search field into the list, first match current
    app.keys("ctrl+shift+c")    # Copy for ticket
    wait_for(lambda: "486" in clipboard() and "Busy Here" in clipboard(),
             "Copy for ticket put 486 Busy Here on the clipboard")


def pick_codes_with_the_mouse(app, udp, tcp):
    # The list fills the left of the Codes view: a click high in it and one low in it
    # pick two different codes, and Copy for ticket copies the one clicked.
    app.keys("ctrl+1")
    app.keys("ctrl+f")
    app.keys("ctrl+a")
    app.keys("BackSpace")
    code = re.compile(r"\b([1-6][0-9][0-9])\b")
    picked = []
    for y_fraction in (0.3, 0.75):
        before = clipboard()
        app.click(0.12, y_fraction)
        app.keys("ctrl+shift+c")
        text = wait_for(lambda: clipboard() != before and code.search(clipboard()) and clipboard(),
                        f"a click at {int(y_fraction * 100)} % of the height picked a code to copy")
        picked.append(code.search(text).group(1))
    if picked[0] == picked[1]:
        raise AssertionError(f"two clicks far apart in the list picked the same code {picked[0]}")


def explain_opens_and_closes(app, udp, tcp):
    app.keys("ctrl+1")
    app.keys("ctrl+e")
    wait_for(lambda: xdotool("search", "--onlyvisible", "--name", "Explain Text", check=False).strip(),
             "the Explain Text window is shown")
    app.keys("Escape")
    wait_for(lambda: not xdotool("search", "--onlyvisible", "--name", "Explain Text", check=False).strip(),
             "Escape closed the Explain Text window")


def probe_with_enter(app, udp, tcp):
    before = len(udp.call_ids)
    app.keys("ctrl+2")
    app.keys("ctrl+a")
    app.type(f"sip:127.0.0.1:{udp.port}")
    app.keys("Return")
    wait_for(lambda: len(udp.call_ids) > before, "Enter in the target field sent an OPTIONS")


def probe_from_the_search(app, udp, tcp):
    # A SIP URI typed into the codes view's search offers "Probe This Target"; Enter
    # takes it: the probe view gets the target and the OPTIONS is sent, one keystroke.
    before = len(udp.call_ids)
    app.keys("ctrl+1")
    app.keys("ctrl+f")
    app.keys("ctrl+a")
    app.type(f"sip:search@127.0.0.1:{udp.port}")
    app.keys("Return")
    wait_for(lambda: len(udp.call_ids) > before, "Enter on a SIP URI in the search sent an OPTIONS")


def views_by_ctrl_digits(app, udp, tcp):
    # Through the monitor and responder views and back: the probe view's target field
    # has the focus again and Enter probes; the codes view's search takes typing again.
    app.keys("ctrl+3")
    app.keys("ctrl+4")
    before = len(udp.call_ids)
    app.keys("ctrl+2")
    app.keys("Return")
    wait_for(lambda: len(udp.call_ids) > before, "Ctrl+2 came back to the probe view and Enter probed")
    app.keys("ctrl+4")
    app.keys("ctrl+1")
    app.keys("ctrl+a")
    app.type("603")
    app.keys("Return")
    app.keys("ctrl+shift+c")
    wait_for(lambda: "603" in clipboard(), "Ctrl+1 came back to the codes view's search")


def stop_a_probe(app, udp, tcp):
    # The timeout at its maximum (64 s), so only Stop ends the probe within the wait.
    app.keys("ctrl+2")
    app.keys("alt+i")
    app.keys("ctrl+a")
    app.type("64")
    app.keys("alt+g")
    app.keys("ctrl+a")
    app.type(f"sip:127.0.0.1:{tcp.port};transport=tcp")
    app.keys("Return")
    wait_for(lambda: tcp.requests > 0, "the probe reached the silent TCP server")
    closed = tcp.closed
    app.keys("ctrl+period")
    wait_for(lambda: tcp.closed > closed, "Stop (Ctrl+.) ended the probe and closed its connection")


FLOWS = [pick_code_by_keyboard_and_copy_for_ticket, pick_codes_with_the_mouse, explain_opens_and_closes, probe_with_enter,
         probe_from_the_search, views_by_ctrl_digits, stop_a_probe]


def main():
    if len(sys.argv) != 2 or not os.environ.get("DISPLAY"):
        print(__doc__, file=sys.stderr)
        return 64
    udp, tcp = UdpSipServer(), SilentTcpServer()
    app = App(sys.argv[1])
    failures = 0
    try:
        for flow in FLOWS:
            try:
                app.focus()
                flow(app, udp, tcp)
                print(f"PASS   {flow.__name__}")
            except AssertionError as error:
                failures += 1
                print(f"FAIL!  {flow.__name__}: {error}")
    finally:
        app.close()
    print(f"{len(FLOWS) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
