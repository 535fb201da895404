"""A local SMTP server for the tests: it takes every message sent to it and prints each as one
JSON line (recipients, subject, plain text, HTML), decoded by Python's own email package.

    python3 smtp_sink.py PORT
"""
import asyncio
import json
import sys
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class PrintEach:
    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        print(json.dumps({
            "to": envelope.rcpt_tos,
            "from": str(message["From"]),
            "subject": str(message["Subject"]),
            "text": text.get_content() if text else "",
            "html": html.get_content() if html else "",
        }), flush=True)
        return "250 OK"


async def main(port):
    controller = Controller(PrintEach(), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    await asyncio.Event().wait()


asyncio.run(main(int(sys.argv[1])))
