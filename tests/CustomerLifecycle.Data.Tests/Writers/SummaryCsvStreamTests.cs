using System.Globalization;
using System.Text;
using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Writers;

/// <summary>The summary written to a stream as UTF-8 (fields formatted straight to bytes, blocks on every core) is the text writer's text, byte for byte.</summary>
public class SummaryCsvStreamTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static byte[] Bytes(TransactionSummary summary, bool hasAmounts)
    {
        var stream = new MemoryStream();
        SummaryCsvWriter.WriteUtf8(stream, summary, hasAmounts);
        return stream.ToArray();
    }

    /// <summary>The text writer's text, encoded as a UTF-8 file writer encodes it.</summary>
    private static byte[] TextBytes(TransactionSummary summary, bool hasAmounts)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8, leaveOpen: true))
        {
            SummaryCsvWriter.Write(writer, summary, hasAmounts);
        }

        return stream.ToArray();
    }

    private static byte[] Utf8Number(Utf8Fields fields, double value)
    {
        var buffer = new byte[64];
        return buffer[..fields.Number(value, buffer)];
    }

    [Property(MaxTest = 2000)]
    public Property A_number_is_the_utf8_of_its_shortest_round_trip_text_first_time_and_again()
    {
        var fields = new Utf8Fields();
        var anyBits = from bits in ArbMap.Default.GeneratorFor<long>() select BitConverter.Int64BitsToDouble(bits);
        var times = from days in Gen.Choose(0, 40_000) from unit in Gen.Elements(1d, 7d, 30.4375) select days / unit;
        var values = Gen.OneOf(anyBits, times, ArbMap.Default.GeneratorFor<double>(), Gen.Elements(double.NaN, double.PositiveInfinity, -0d, double.Epsilon, double.MaxValue, 1e21, 1e-7));
        return Prop.ForAll(values.ToArbitrary(), value =>
        {
            var expected = Encoding.UTF8.GetBytes(CsvWriter.Number(value));
            return Utf8Number(fields, value).SequenceEqual(expected) && Utf8Number(fields, value).SequenceEqual(expected);
        });
    }

    [Fact]
    public void Numbers_that_share_a_cache_entry_are_each_written_as_themselves()
    {
        var fields = new Utf8Fields();
        var values = Enumerable.Range(0, 50_000).Select(i => i / 7d).ToArray();

        foreach (var value in values.Concat(values.Reverse()))
        {
            Assert.Equal(CsvWriter.Number(value), Encoding.UTF8.GetString(Utf8Number(fields, value)));
        }
    }

    [Property(MaxTest = 2000)]
    public Property Money_is_the_utf8_of_the_csv_writers_text()
    {
        var any = from lo in ArbMap.Default.GeneratorFor<int>()
                  from mid in ArbMap.Default.GeneratorFor<int>()
                  from hi in Gen.OneOf(ArbMap.Default.GeneratorFor<int>(), Gen.Choose(0, 3))
                  from negative in Gen.Elements(false, false, false, true)
                  from scale in Gen.Choose(0, 28)
                  select (decimal?)new decimal(lo, mid, hi, negative, (byte)scale);
        var values = Gen.OneOf(any, Gen.Elements<decimal?>(null, 0m, 0.000m, -0m, decimal.Negate(0.00m), 1e-11m, 5e-11m, -5e-11m, 12.50m, 1m / 3m, decimal.MaxValue, decimal.MinValue, 100m));
        return Prop.ForAll(values.ToArbitrary(), value =>
        {
            var buffer = new byte[64];
            return buffer[..Utf8Fields.Money(value, buffer)].SequenceEqual(Encoding.UTF8.GetBytes(CsvWriter.Money(value)));
        });
    }

    [Property(MaxTest = 1000)]
    public Property An_id_is_the_utf8_of_the_csv_writers_quoted_text_unpaired_surrogates_as_a_file_writer_encodes_them()
    {
        var character = Gen.Elements('a', 'Z', '0', ',', '"', '\n', '\r', '\t', '=', '+', '-', '@', ' ', 'é', '中', '\uD83D', '\uDE00', '.', '3');
        var ids = from n in Gen.Choose(1, CustomerId.MaxLength) from chars in Gen.ArrayOf(character, n) select new string(chars);
        return Prop.ForAll(ids.ToArbitrary(), id =>
        {
            var buffer = new byte[Utf8Fields.MaxField];
            return buffer[..Utf8Fields.Id(id, buffer)].SequenceEqual(Utf8.GetBytes(CsvWriter.Quote(id)));
        });
    }

    [Fact]
    public void A_folds_summary_of_many_customers_is_written_as_the_text_writer_writes_it()
    {
        // About 45,000 customers: several blocks, formatted on every core; with and without a holdout and amounts.
        var random = new Random(3);
        var start = new LocalDate(2025, 1, 1);
        foreach (var calibration in new LocalDate?[] { null, start.PlusDays(200) })
        {
            var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, calibration, start.PlusDays(365));
            for (var i = 0; i < 150_000; i++)
            {
                var id = random.Next(10) == 0 ? $"=ü,\"{random.Next(1000)}" : "c" + random.Next(45_000).ToString("D6", CultureInfo.InvariantCulture);
                fold.Add(i + 2, id, start.PlusDays(i / 420), random.Next(6) == 0 ? null : random.Next(1, 100_000) / 100m);
            }

            foreach (var unit in new[] { PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month })
            {
                var summary = fold.Summarize(new TransactionSummaryOptions { Unit = unit, ObservationEnd = start.PlusDays(365), CalibrationEnd = calibration });
                Assert.True(summary.Customers.Count > 3 * 8192, "several blocks");
                Assert.Equal(TextBytes(summary, hasAmounts: true), Bytes(summary, hasAmounts: true));
                Assert.Equal(TextBytes(summary, hasAmounts: false), Bytes(summary, hasAmounts: false));
            }
        }
    }

    [Fact]
    public void A_summary_of_listed_rows_is_written_as_the_text_writer_writes_it()
    {
        var customers = Enumerable.Range(0, 20_000)
            .Select(i => new CustomerSummary(i % 7, i % 7 == 0 ? 0 : 1.25, 3.5 + (i / 13d), i % 11 == 0 ? null : CustomerId.From(i % 5 == 0 ? $"-x,{i}" : $"customer-{i:D8}"), i % 7 == 0 ? null : i / 7m))
            .ToArray();
        var holdout = customers.Select((c, i) => new HoldoutActivity(i % 3, i % 3 == 0 ? null : 12.5m)).ToArray();

        foreach (var summary in new TransactionSummary[] { new(customers, holdout, 4d, [], [], PeriodUnit.Week, null), new(customers, null, null, [], [], PeriodUnit.Week, null), new([], null, null, [], [], PeriodUnit.Day, null) })
        {
            Assert.Equal(TextBytes(summary, hasAmounts: true), Bytes(summary, hasAmounts: true));
            Assert.Equal(TextBytes(summary, hasAmounts: false), Bytes(summary, hasAmounts: false));
        }
    }

    [Fact]
    public void Bad_arguments_to_the_stream_writer_are_refused()
    {
        var summary = new TransactionSummary([], null, null, [], [], PeriodUnit.Week, null);

        Assert.Throws<ArgumentNullException>(() => SummaryCsvWriter.WriteUtf8(null!, summary, hasAmounts: false));
        Assert.Throws<ArgumentNullException>(() => SummaryCsvWriter.WriteUtf8(new MemoryStream(), null!, hasAmounts: false));
        Assert.Equal("customer_id,frequency,recency,T\n"u8.ToArray(), Bytes(summary, hasAmounts: false));
    }
}
