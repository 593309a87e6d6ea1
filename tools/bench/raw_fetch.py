#!/usr/bin/env python3
"""The honest ceiling for `abacus index`: the node's raw answer, not Abacus's code path.

Fetches blocks FROM..TO with eth_getBlockByNumber(n, true) and eth_getBlockReceipts in JSON-RPC
batches (default 25 blocks per batch, 2 workers, one keep-alive HTTP connection per worker), reads
every byte and discards it. Prints one line: seconds, blocks, bytes.

  tools/bench/raw_fetch.py http://127.0.0.1:8545 0 1000 [--batch 25] [--workers 2]
"""
import argparse
import http.client
import json
import threading
import time
import urllib.parse


def batch_body(method, numbers, full):
    calls = []
    for i, n in enumerate(numbers):
        params = [hex(n), True] if full else [hex(n)]
        calls.append({"jsonrpc": "2.0", "id": i, "method": method, "params": params})
    return json.dumps(calls).encode()


def worker(url, chunks, lock, totals):
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=120)
    path = u.path or "/"
    headers = {"Content-Type": "application/json"}
    read = 0
    while True:
        with lock:
            if not chunks:
                break
            numbers = chunks.pop(0)
        for method, full in (("eth_getBlockByNumber", True), ("eth_getBlockReceipts", False)):
            conn.request("POST", path, batch_body(method, numbers, full), headers)
            response = conn.getresponse()
            body = response.read()
            if response.status != 200:
                raise SystemExit("HTTP %d from %s" % (response.status, url))
            read += len(body)
    conn.close()
    with lock:
        totals.append(read)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("url")
    p.add_argument("first", type=int)
    p.add_argument("last", type=int)
    p.add_argument("--batch", type=int, default=25)
    p.add_argument("--workers", type=int, default=2)
    a = p.parse_args()
    numbers = list(range(a.first, a.last + 1))
    chunks = [numbers[i : i + a.batch] for i in range(0, len(numbers), a.batch)]
    lock = threading.Lock()
    totals = []
    start = time.perf_counter()
    threads = [
        threading.Thread(target=worker, args=(a.url, chunks, lock, totals))
        for _ in range(a.workers)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    seconds = time.perf_counter() - start
    if len(totals) != a.workers:
        raise SystemExit("a worker failed")
    print("seconds %.3f blocks %d bytes %d" % (seconds, len(numbers), sum(totals)))


if __name__ == "__main__":
    main()
