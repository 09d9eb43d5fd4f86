"""OpenAI tiktoken's token-counting throughput, in MB/s, on the corpus of TokenCountBenchmark.

Compares with the Java benchmark (src/test/java/org/llmcostplanner/bench/TokenCountBenchmark.java),
whose setup builds about 4 MB of prose, Java code, JSON and multilingual text from the repository
and writes it to target/bench/corpus.txt, with each encoding's token count in
target/bench/corpus.ENCODING.tokens. So run the Java benchmark first, then this, from the project
root:

    mvn -B -q test-compile exec:exec@bench -Dbench.args="TokenCountBenchmark -f 1 -wi 3 -i 5"
    TIKTOKEN_CACHE_DIR=/tmp/tkcache python3 src/test/python/tiktoken_throughput.py

Per encoding (o200k_base and cl100k_base by default) it times, after warm-up runs:
  - encode_ordinary(text): the whole corpus on one thread;
  - encode_ordinary_batch(chunks, num_threads=2): chunks of about 64K chars, cut where
    Tokenizer.chunkEnd cuts (before a space that follows a letter or digit, or before a letter
    that follows a single line feed after a letter or digit), so the chunks' counts add up to the
    whole count. tiktoken's Rust core releases the GIL, so the threads run in parallel.
It prints the mean seconds, MB/s (UTF-8 bytes / 1e6 / seconds) and the token count, and exits 1
if the chunked count differs from the whole count, or from the Java count when the .tokens file
describes the same corpus (same SHA-256).

Needs tiktoken (measured with 0.14.0: pip install tiktoken==0.14.0).

Vocabularies without internet: tiktoken downloads each vocabulary from
https://openaipublic.blob.core.windows.net/encodings/ENCODING.tiktoken and caches it in
$TIKTOKEN_CACHE_DIR (default: $TMPDIR/data-gym-cache) under the SHA-1 hex digest of that URL;
on load it checks the file's SHA-256 against expected_hash in tiktoken_ext/openai_public.py and
re-downloads on a mismatch. The files in JTokkit's jar (com/knuddels/jtokkit/*.tiktoken) are
byte-identical to OpenAI's (their SHA-256 sums equal those expected_hash values), so the cache
can be filled from the jar Maven already has:

    mkdir -p /tmp/tkcache
    jar=~/.m2/repository/com/knuddels/jtokkit/1.1.0/jtokkit-1.1.0.jar
    for enc in o200k_base cl100k_base p50k_base r50k_base; do
      url="https://openaipublic.blob.core.windows.net/encodings/$enc.tiktoken"
      key=$(printf %s "$url" | sha1sum | cut -d' ' -f1)
      unzip -p "$jar" "com/knuddels/jtokkit/$enc.tiktoken" > "/tmp/tkcache/$key"
      echo "$enc $key $(sha256sum < "/tmp/tkcache/$key" | cut -d' ' -f1)"
    done
    grep -n expected_hash "$(python3 -c 'import tiktoken_ext.openai_public as m; print(m.__file__)')"
"""

import argparse
import hashlib
import statistics
import sys
import time
import unicodedata
from pathlib import Path

import tiktoken


def is_letter(ch):
    """Java's Character.isLetter: Unicode categories Lu, Ll, Lt, Lm, Lo."""
    return unicodedata.category(ch).startswith("L")


def is_letter_or_digit(ch):
    """Java's Character.isLetterOrDigit: a letter or a decimal digit (Nd)."""
    category = unicodedata.category(ch)
    return category.startswith("L") or category == "Nd"


def chunk_end(text, start, length):
    """Tokenizer.chunkEnd on code points: the first safe cut at or after start + length."""
    if len(text) - start <= length:
        return len(text)
    for p in range(max(start + length, start + 2), len(text) - 1):
        if text[p] == " " and is_letter_or_digit(text[p - 1]):
            return p
        if text[p - 1] == "\n" and is_letter(text[p]) and is_letter_or_digit(text[p - 2]):
            return p
    return len(text)


def chunks(text, length):
    pieces = []
    start = 0
    while start < len(text):
        end = chunk_end(text, start, length)
        pieces.append(text[start:end])
        start = end
    return pieces


def timed(run, warmup, runs):
    """Mean and standard deviation of the seconds per call, after warm-up calls, and the result."""
    for _ in range(warmup):
        run()
    seconds = []
    result = None
    for _ in range(runs):
        begin = time.perf_counter()
        result = run()
        seconds.append(time.perf_counter() - begin)
    return statistics.mean(seconds), statistics.stdev(seconds) if runs > 1 else 0.0, result


def java_count(corpus_dir, encoding_name, sha256):
    """The Java benchmark's count for this corpus, or None when it counted other bytes or none."""
    path = corpus_dir / f"corpus.{encoding_name}.tokens"
    if not path.is_file():
        return None
    fields = dict(line.split("=", 1) for line in path.read_text(encoding="utf-8").split())
    return int(fields["tokens"]) if fields.get("sha256") == sha256 else None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("target/bench/corpus.txt"))
    parser.add_argument("--encodings", nargs="+", default=["o200k_base", "cl100k_base"])
    parser.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    parser.add_argument("--threads", type=int, default=2, help="threads for the batch (default 2)")
    parser.add_argument("--chunk-chars", type=int, default=64 * 1024,
                        help="chunk length for the batch, in code points (default 65536)")
    args = parser.parse_args()

    if not args.corpus.is_file():
        sys.exit(f"{args.corpus} not found: run TokenCountBenchmark first (see this script's docstring)")
    data = args.corpus.read_bytes()
    text = data.decode("utf-8")
    sha256 = hashlib.sha256(data).hexdigest()
    megabytes = len(data) / 1e6
    pieces = chunks(text, args.chunk_chars)
    print(f"tiktoken {tiktoken.__version__}, corpus {args.corpus}: {len(data):,} bytes UTF-8, "
          f"{len(text):,} code points, {len(pieces)} chunks for the batch; "
          f"{args.warmup} warm-up and {args.runs} timed runs each")

    failed = False
    for name in args.encodings:
        encoding = tiktoken.get_encoding(name)
        single_s, single_sd, tokens = timed(lambda: encoding.encode_ordinary(text), args.warmup, args.runs)
        single = len(tokens)
        batch_s, batch_sd, batched = timed(
            lambda: encoding.encode_ordinary_batch(pieces, num_threads=args.threads), args.warmup, args.runs)
        batch = sum(len(t) for t in batched)
        print(f"{name}: {single:,} tokens")
        for label, mean, sd in (("encode_ordinary, 1 thread", single_s, single_sd),
                                (f"encode_ordinary_batch, {args.threads} threads", batch_s, batch_sd)):
            print(f"  {label:34} {mean * 1e3:8.1f} ms +- {sd * 1e3:6.1f}  {megabytes / mean:6.2f} MB/s")
        if batch != single:
            print(f"  MISMATCH: the chunks count {batch:,} tokens, the whole text {single:,}")
            failed = True
        expected = java_count(args.corpus.parent, name, sha256)
        if expected is None:
            print("  Java count: none for this corpus, not compared")
        elif expected != single:
            print(f"  MISMATCH: Java (JTokkit) counts {expected:,} tokens")
            failed = True
        else:
            print("  Java (JTokkit) count: the same")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
