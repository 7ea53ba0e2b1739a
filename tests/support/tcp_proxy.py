#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A TCP proxy on 127.0.0.1, for tst_statementwatch and scripts/load.sh:
#   tcp_proxy.py TARGETS [TARGETS...]
# listens on a free port for each TARGETS (ports on 127.0.0.1, comma-separated) and prints "ready"
# and the ports it listens on, in order, on one line. A connection goes to the first of its
# targets that accepts one, as a proxy in front of a primary and its standby does after a
# failover (a client cannot pass over a proxy that accepted it: libpq tries the next host of a
# URL only when the connection itself fails). Stopped with SIGSTOP it passes nothing while every
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


async def forward(client_reader, client_writer, targets):
    for target in targets:
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target)
            break
        except OSError:
            continue
    else:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer),
                         return_exceptions=True)


async def main(target_lists):
    servers = []
    for targets in target_lists:
        servers.append(await asyncio.start_server(
            lambda r, w, t=targets: forward(r, w, t), "127.0.0.1", 0))
    ports = [s.sockets[0].getsockname()[1] for s in servers]
    print("ready", *ports, flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


if __name__ == "__main__":
    asyncio.run(main([[int(port) for port in arg.split(",")] for arg in sys.argv[1:]]))
