#!/usr/bin/env python3
""""Remember password" in the real window, by real key presses (xdotool), on a private
Secret Service: type a target, a user and a password, tick Remember, probe; quit; start
SipScope again and probe with Enter alone. The digest-challenging SIP server of this
script checks the response it gets against the password, so the second probe passes only
when the restarted window filled the password in from the keychain. secret-tool (outside
SipScope) must find the password after the first probe.

Run inside its own session bus and display (the CMake test does this):

    run-under-xvfb.sh dbus-run-session -- remember_password_flow.py PATH/TO/sipscope

Exit status 77 (skipped) when gnome-keyring-daemon or secret-tool is missing.
"""
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

from gui_flows import DEADLINE, wait_for, xdotool

PASSWORD = "Xvfb-s3cret-0815"
USER = "alice"
REALM = "xvfb.test"
NONCE = "xvfb-nonce-1"


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


class DigestUdpServer:
    """401 with a digest challenge to a request without Authorization; 200 to one whose
    response matches PASSWORD (RFC 2617 §3.2.2 with qop=auth), 403 to a wrong one."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.rejected = 0
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            data, peer = self.sock.recvfrom(65535)
            text = data.decode("utf-8", "replace")
            if not text.startswith("OPTIONS "):
                continue
            head = text.split("\r\n\r\n", 1)[0].split("\r\n")
            keep = [h for h in head[1:] if re.match(r"(?i)(via|from|to|call-id|cseq|v|f|t|i):", h)]
            auth = next((h.split(":", 1)[1] for h in head[1:] if h.lower().startswith("authorization:")), None)
            if auth is None:
                status = "401 Unauthorized"
                keep.append(f'WWW-Authenticate: Digest realm="{REALM}", nonce="{NONCE}", qop="auth"')
            elif self.valid(auth):
                status = "200 OK"
                self.accepted += 1
            else:
                status = "403 Forbidden"
                self.rejected += 1
            answer = f"SIP/2.0 {status}\r\n" + "\r\n".join(keep) + "\r\nContent-Length: 0\r\n\r\n"
            self.sock.sendto(answer.encode(), peer)

    @staticmethod
    def valid(auth):
        fields = dict((k.lower(), v.strip('"')) for k, v in re.findall(r'(\w+)=("[^"]*"|[^,\s]+)', auth))
        ha1 = md5(f"{fields.get('username')}:{REALM}:{PASSWORD}")
        ha2 = md5(f"OPTIONS:{fields.get('uri')}")
        expected = md5(f"{ha1}:{NONCE}:{fields.get('nc')}:{fields.get('cnonce')}:auth:{ha2}")
        return fields.get("username") == USER and fields.get("response") == expected


def start_keyring(home):
    """gnome-keyring-daemon on this session bus, its login collection created and
    unlocked with a known password in a temporary HOME (as tests/support/secretservice)."""
    keyring = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    keyring.stdin.write(b"sipscope-test-keyring")
    keyring.stdin.close()

    def stored():
        run = subprocess.run(["secret-tool", "store", "--label=sipscope test", "purpose", "sipscope-test"],
                             input=b"ready", capture_output=True, timeout=20)
        return run.returncode == 0

    wait_for(stored, "the private gnome-keyring takes items")
    return keyring


def lookup(account):
    run = subprocess.run(["secret-tool", "lookup", "server", "SipScope", "user", account],
                         capture_output=True, text=True, timeout=20)
    return run.stdout


class App:
    def __init__(self, binary, settings, env):
        self.process = subprocess.Popen([binary, "--settings-file", settings], env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        out = xdotool("search", "--sync", "--onlyvisible", "--pid", str(self.process.pid))
        self.window = out.split()[0]
        xdotool("windowfocus", "--sync", self.window)

    def keys(self, *keys):
        xdotool("key", *keys)

    def type(self, text):
        xdotool("type", "--delay", "15", text)

    def quit(self):
        # File → Quit, not a signal: the window saves its settings on close.
        self.keys("ctrl+q")
        try:
            self.process.wait(timeout=DEADLINE)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            raise AssertionError("Ctrl+Q did not end SipScope")


def main():
    if len(sys.argv) != 2 or not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print(__doc__, file=sys.stderr)
        return 64
    for tool in ("gnome-keyring-daemon", "secret-tool"):
        if not shutil.which(tool):
            print(f"SKIP: {tool} is not installed (scripts/setup.sh installs gnome-keyring, libsecret-tools)")
            return 77
    home = tempfile.TemporaryDirectory()
    runtime = os.path.join(home.name, "run")
    os.makedirs(runtime, mode=0o700)
    # Everything the keyring, libsecret and SipScope read goes to the temporary home;
    # no desktop, so QtKeychain asks the Secret Service.
    os.environ.update(HOME=home.name, XDG_DATA_HOME=os.path.join(home.name, "data"),
                      XDG_CONFIG_HOME=os.path.join(home.name, "config"),
                      XDG_CACHE_HOME=os.path.join(home.name, "cache"), XDG_RUNTIME_DIR=runtime,
                      LC_ALL="C.UTF-8", LANGUAGE="en")
    for name in ("XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "QT_QPA_PLATFORM"):
        os.environ.pop(name, None)
    settings = os.path.join(home.name, "settings.ini")
    keyring = start_keyring(home.name)
    server = DigestUdpServer()
    target = f"sip:{USER}@127.0.0.1:{server.port}"
    name = f"{USER}@127.0.0.1:{server.port}"
    failures = 0
    try:
        app = App(sys.argv[1], settings, dict(os.environ))
        try:
            app.keys("ctrl+2")
            app.keys("alt+g")
            app.keys("ctrl+a")
            app.type(target)
            # Target → Transport → Timeout → Send → Repeat → "Authentication and TLS"
            # (Stop and the repeat inputs are disabled and skipped).
            app.keys("Tab", "Tab", "Tab", "Tab", "Tab", "space")
            app.keys("Tab")
            app.type(USER)
            app.keys("Tab")
            app.type(PASSWORD)
            app.keys("Tab", "space")     # Remember
            app.keys("alt+g", "Return")
            wait_for(lambda: server.accepted >= 1, "the first probe answered the challenge with the typed password")
            wait_for(lambda: lookup(name) == PASSWORD, f"secret-tool finds the password under {name}")
            print("PASS   typed password saved in the keychain when the probe was sent")
        finally:
            app.quit()
        with open(settings, "rb") as file:
            if PASSWORD.encode() in file.read():
                raise AssertionError("the password is in the settings file")
        print("PASS   settings file without the password")

        accepted = server.accepted
        app = App(sys.argv[1], settings, dict(os.environ))
        try:
            app.keys("ctrl+2")
            # The target and user came back from the settings; the keychain answers the
            # password a moment later. Enter until a probe passes (each is a new one).
            def probed_with_saved_password():
                if server.accepted > accepted:
                    return True
                app.keys("alt+g", "Return")
                time.sleep(1.0)
                return server.accepted > accepted
            wait_for(probed_with_saved_password, "after a restart, Enter alone probes with the saved password")
            print("PASS   restarted window filled the password in from the keychain")
        finally:
            app.quit()
    except AssertionError as error:
        failures += 1
        print(f"FAIL!  {error}")
    finally:
        keyring.terminate()
        try:
            keyring.wait(timeout=10)
        except subprocess.TimeoutExpired:
            keyring.kill()
        home.cleanup()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
