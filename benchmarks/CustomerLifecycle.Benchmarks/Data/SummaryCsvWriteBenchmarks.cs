using System.Text;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Benchmarks.Data;

/// <summary>
/// Writing the summary of a fold of 200,000 customers (2 M purchases over a year, fixed seed, ids like
/// <c>c0012376</c>, weekly unit, amounts) as CSV, as <c>clv summarize -o</c> does, to a stream that discards the
/// bytes: the baseline is the text writer (a summary object per customer, formatted into UTF-16, encoded by a UTF-8
/// stream writer), against <see cref="SummaryCsvWriter.WriteUtf8"/> (formatted straight from the running states to
/// UTF-8, blocks on every core). The two write the same bytes.
/// </summary>
[MemoryDiagnoser]
public class SummaryCsvWriteBenchmarks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private TransactionSummary _summary = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = new LocalDate(2025, 1, 1);
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, calibrationEnd: null, observationEnd: null);
        for (var i = 0; i < 2_000_000; i++)
        {
            fold.Add(i + 2, FormattableString.Invariant($"c{random.Next(200_000):D7}"), start.PlusDays(i / 5480), random.Next(500, 20_000) / 100m);
        }

        _summary = fold.Summarize(new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = fold.LatestDate!.Value });
    }

    /// <summary>The text writer through a UTF-8 stream writer.</summary>
    [Benchmark(Baseline = true)]
    public void TextWriter()
    {
        using var writer = new StreamWriter(Stream.Null, Utf8, bufferSize: 1 << 16);
        SummaryCsvWriter.Write(writer, _summary, hasAmounts: true);
    }

    /// <summary>Straight to UTF-8 from the fold's states, blocks on every core.</summary>
    [Benchmark]
    public void Utf8Blocks() => SummaryCsvWriter.WriteUtf8(Stream.Null, _summary, hasAmounts: true);
}
