using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>
/// Transaction log → per-customer summary (lifetimes' summary_data_from_transaction_data), and compression of the
/// summaries into weighted unique rows. The log: 100,000 customers with 1–19 purchases each over 18 months (≈ 1,000,000
/// transactions), shuffled, fixed seed.
/// </summary>
[MemoryDiagnoser]
public class SummarizeTransactionsBenchmarks
{
    private Transaction[] _log = [];
    private TransactionSummarizer _summarizer = null!;
    private IReadOnlyList<CustomerSummary> _summaries = [];

    [Params(1_000_000)]
    public int Transactions;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var start = Instant.FromUtc(1997, 1, 1, 0, 0);
        var log = new List<Transaction>(Transactions);
        var customer = 0;
        while (log.Count < Transactions)
        {
            var id = CustomerId.From("c" + customer++);
            var first = random.Next(0, 90);
            var count = Math.Min(1 + random.Next(19), Transactions - log.Count);
            for (var k = 0; k < count; k++)
            {
                var day = k == 0 ? first : first + random.Next(0, 455);
                log.Add(new Transaction(id, start + Duration.FromDays(day), Money.From(random.Next(500, 10_000) / 100m, "USD")));
            }
        }

        _log = [.. log];
        random.Shuffle(_log);
        _summarizer = new TransactionSummarizer(new TransactionSummaryOptions
        {
            Unit = PeriodUnit.Week,
            ObservationEnd = new LocalDate(1998, 6, 30),
            CalibrationEnd = new LocalDate(1997, 9, 30),
        });
        _summaries = _summarizer.Summarize(_log).Customers;
    }

    [Benchmark]
    public TransactionSummary Summarize() => _summarizer.Summarize(_log);

    [Benchmark]
    public IReadOnlyList<CustomerSummary> Compress() => CustomerSummaries.Compress(_summaries);
}
