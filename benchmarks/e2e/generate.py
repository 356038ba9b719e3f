"""Writes the end-to-end benchmark's input files, the same bytes on every run (fixed seed).

usage: python3 generate.py <folder> [--big]
  summary.csv       1,000,000 customer summaries (frequency, recency, T, monetary_value), about 19 MB
  transactions.csv  about 1.9 million purchases of 200,000 customers, date order, about 49 MB
  survey.csv        a survey export of about 500 MB (customer, time stamp, touchpoint, score, comment)
  big.csv           with --big: a transaction log of about 1 GB (35 million rows, 2 million customers)
"""
import datetime
import os
import random
import sys

SEED = 20261205


def summary(path, rows=1_000_000):
    rng = random.Random(SEED)
    with open(path, "w", newline="\n") as f:
        f.write("frequency,recency,T,monetary_value\n")
        for _ in range(rows):
            age = rng.randint(1, 78) / 2
            x = min(int(rng.expovariate(0.6)), 40)
            recency = 0.0 if x == 0 else round(rng.uniform(0, age), 1)
            value = "" if x == 0 else f"{rng.lognormvariate(3, 0.6):.2f}"
            f.write(f"{x},{recency},{age},{value}\n")


def transactions(path, customers, rows, days=546):
    """Purchases in date order: each customer buys on a random first day, then at random later days."""
    rng = random.Random(SEED + customers)
    start = datetime.date(2025, 1, 1)
    per_day = [[] for _ in range(days)]
    remaining = rows
    for c in range(customers):
        first = rng.randrange(days)
        count = max(1, min(remaining - (customers - c - 1), int(rng.expovariate(1 / (rows / customers)))))
        remaining -= count
        for _ in range(count):
            per_day[rng.randrange(first, days)].append(c)
    with open(path, "w", newline="\n") as f:
        f.write("customer_id,date,amount\n")
        for d, buyers in enumerate(per_day):
            date = (start + datetime.timedelta(days=d)).isoformat()
            f.write("".join(f"c{c:07d},{date},{rng.randint(100, 20000) / 100:.2f}\n" for c in buyers))


def survey(path, size=500_000_000):
    rng = random.Random(SEED + 1)
    touchpoints = ["service", "sales", "delivery", "web", "phone"]
    words = ["fast", "slow", "friendly", "late", "clean", "price", "good", "again", "thanks", "waiting"]
    written = 0
    t = datetime.datetime(2025, 1, 1, 8, 0, 0)
    with open(path, "w", newline="\n") as f:
        head = "customer_id,responded_at,touchpoint,score,comment\n"
        f.write(head)
        written += len(head)
        chunk = []
        while written < size:
            t += datetime.timedelta(seconds=rng.randint(1, 9))
            comment = " ".join(rng.choice(words) for _ in range(rng.randint(0, 6)))
            line = f"c{rng.randrange(2_000_000):07d},{t.isoformat()}Z,{rng.choice(touchpoints)},{rng.choice((10, 10, 9, 9, 8, 7, 6, 5, 3, 0))},{comment}\n"
            chunk.append(line)
            written += len(line)
            if len(chunk) == 10_000:
                f.write("".join(chunk))
                chunk = []
        f.write("".join(chunk))


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    jobs = [
        ("summary.csv", lambda p: summary(p)),
        ("transactions.csv", lambda p: transactions(p, 200_000, 1_900_000)),
        ("survey.csv", lambda p: survey(p)),
    ]
    if "--big" in sys.argv:
        jobs.append(("big.csv", lambda p: transactions(p, 2_000_000, 35_000_000)))
    for name, job in jobs:
        path = os.path.join(folder, name)
        if not os.path.exists(path):
            job(path + ".tmp")
            os.replace(path + ".tmp", path)
        print(f"{path}: {os.path.getsize(path) / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
