#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A TCP proxy on 127.0.0.1, for tst_statementwatch and scripts/load.sh:
#   tcp_proxy.py TARGET_PORT [TARGET_PORT...]
# listens on a free port for each target (127.0.0.1:TARGET_PORT) and prints "ready" and the ports
# it listens on, in order, on one line. Stopped with SIGSTOP it passes nothing while every
# connection stays open (its kernel still accepts and acknowledges): a way gone with neither end
# told, which no TCP timeout or keepalive notices. SIGCONT lets it go on.
import asyncio
import sys


async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()


async def forward(client_reader, client_writer, target):
    try:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer),
                         return_exceptions=True)


async def main(targets):
    servers = []
    for target in targets:
        servers.append(await asyncio.start_server(
            lambda r, w, t=target: forward(r, w, t), "127.0.0.1", 0))
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    print("ready", *ports, flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


if __name__ == "__main__":
    asyncio.run(main([int(port) for port in sys.argv[1:]]))
