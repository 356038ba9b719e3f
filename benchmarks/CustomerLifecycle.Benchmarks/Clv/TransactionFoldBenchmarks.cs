using System.Globalization;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>
/// The fold phase of <c>clv summarize</c> without the file: 1,000,000 purchases of 200,000 customers (8-character ids,
/// as the end-to-end log has them) in date order over a year, each customer at random, folded into a
/// <see cref="TransactionFold"/> row by row (the public <c>Add</c>: the baseline) and a batch of rows at a time
/// (<see cref="PurchaseBatch"/>: ids hashed and their slots prefetched ahead, then the customers' states), as the
/// transaction reader does; and batched into a fold whose id table is sized ahead from the number of rows
/// (<see cref="TransactionFold.ReserveForRows"/>: it never doubles). The id table and the states are larger than the processor's caches, so the row-by-row fold
/// waits for memory on every look-up.
/// </summary>
[MemoryDiagnoser]
public class TransactionFoldBenchmarks
{
    private char[] _ids = [];
    private LocalDate[] _dates = [];
    private decimal[] _amounts = [];

    [Params(200_000)]
    public int Customers;

    [GlobalSetup]
    public void Setup()
    {
        const int Rows = 1_000_000;
        var random = new Random(42);
        var start = new LocalDate(2025, 1, 1);
        _ids = new char[Rows * 8];
        _dates = new LocalDate[Rows];
        _amounts = new decimal[Rows];
        for (var i = 0; i < Rows; i++)
        {
            random.Next(Customers).ToString("'c'0000000", CultureInfo.InvariantCulture).CopyTo(_ids.AsSpan(i * 8));
            _dates[i] = start.PlusDays((int)(365L * i / Rows));
            _amounts[i] = random.Next(100, 20_000) / 100m;
        }
    }

    [Benchmark(Baseline = true)]
    public int OneByOne()
    {
        var fold = NewFold();
        for (var i = 0; i < _dates.Length; i++)
        {
            fold.Add(i + 2, _ids.AsSpan(i * 8, 8), _dates[i], _amounts[i]);
        }

        return fold.CustomerCount;
    }

    [Benchmark]
    public int Batched()
    {
        var fold = NewFold();
        var batch = new PurchaseBatch(fold);
        for (var i = 0; i < _dates.Length; i++)
        {
            batch.Add(i + 2, _ids.AsSpan(i * 8, 8), _dates[i].ToDateOnly().DayNumber, _amounts[i]);
        }

        batch.Flush();
        return fold.CustomerCount;
    }

    [Benchmark]
    public int BatchedSizedAhead()
    {
        var fold = NewFold();
        fold.ReserveForRows(_dates.Length);
        var batch = new PurchaseBatch(fold);
        for (var i = 0; i < _dates.Length; i++)
        {
            batch.Add(i + 2, _ids.AsSpan(i * 8, 8), _dates[i].ToDateOnly().DayNumber, _amounts[i]);
        }

        batch.Flush();
        return fold.CustomerCount;
    }

    private static TransactionFold NewFold() => new(DateTimeZone.Utc, PeriodUnit.Day, calibrationEnd: null, observationEnd: null);
}
