using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>
/// The work after the fold done in a new way: pieces shared by two threads, the id table grown once ahead, the new ids
/// added while the states are appended, a row's times in days and weeks read from day numbers; each gives what the
/// plain way gives.
/// </summary>
public class SummaryAfterFoldTests
{
    [Theory]
    [InlineData(100)]
    [InlineData(100_003)]
    public void Shared_pieces_do_every_item_once_and_the_other_work_once(int count)
    {
        var done = new int[count];
        var alongside = 0;

        TwoThreads.Share(
            count,
            (from, to) =>
            {
                for (var i = from; i < to; i++)
                {
                    Interlocked.Increment(ref done[i]);
                }
            },
            () => Interlocked.Increment(ref alongside));

        Assert.All(done, n => Assert.Equal(1, n));
        Assert.Equal(1, alongside);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Shared_pieces_throw_what_a_piece_or_the_other_work_throws(bool inPiece)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TwoThreads.Share(
            100_000,
            (from, to) =>
            {
                if (inPiece && from <= 50_000 && 50_000 < to)
                {
                    throw new InvalidOperationException("piece");
                }
            },
            () =>
            {
                if (!inPiece)
                {
                    throw new InvalidOperationException("alongside");
                }
            }));

        Assert.Equal(inPiece ? "piece" : "alongside", error.Message);
    }

    [Fact]
    public void Shared_pieces_throw_the_failure_one_thread_would_meet_first()
    {
        // Two pieces fail, far apart; whichever thread fails first, the earlier piece's failure is thrown, as on one thread.
        for (var run = 0; run < 20; run++)
        {
            var error = Assert.Throws<InvalidOperationException>(() => TwoThreads.Share(
                200_000,
                (from, to) =>
                {
                    if (from <= 150_000 && 150_000 < to)
                    {
                        throw new InvalidOperationException("later");
                    }

                    if (from <= 40_000 && 40_000 < to)
                    {
                        Thread.Sleep(run % 3);
                        throw new InvalidOperationException("earlier");
                    }
                },
                () => Thread.Sleep(run % 2)));
            Assert.Equal("earlier", error.Message);
        }
    }

    [Fact]
    public void Shared_pieces_throw_the_other_work_failure_before_any_piece_failure()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TwoThreads.Share(
            100_000,
            (from, _) =>
            {
                if (from == 0)
                {
                    throw new InvalidOperationException("piece");
                }
            },
            () =>
            {
                Thread.Sleep(20);
                throw new InvalidOperationException("alongside");
            }));
        Assert.Equal("alongside", error.Message);
    }

    [Fact]
    public void Halves_throw_the_first_half_failure_only_once_the_second_half_has_stopped()
    {
        var secondStopped = false;
        var error = Assert.Throws<InvalidOperationException>(() => TwoThreads.Run(
            100_000,
            (from, _) =>
            {
                if (from == 0)
                {
                    throw new InvalidOperationException("first half");
                }

                Thread.Sleep(200);
                Volatile.Write(ref secondStopped, true);
                throw new InvalidOperationException("second half");
            }));
        Assert.Equal("first half", error.Message);
        Assert.True(Volatile.Read(ref secondStopped) || Environment.ProcessorCount == 1);
    }

    [Fact]
    public void Ids_numbered_first_and_added_later_get_the_numbers_they_were_given()
    {
        // 60,000 ids there, a third of them here: Number gives the new ones the next numbers, AddNew puts them there, once
        // the table has grown for all of them.
        var here = Enumerable.Range(0, 30_000).Select(i => "c" + (i * 3).ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        var there = Enumerable.Range(0, 60_000).Select(i => "c" + (59_999 - i).ToString("D7", CultureInfo.InvariantCulture) + (i % 7 == 0 ? "-in-the-arena" : string.Empty)).ToArray();
        var (all, oneByOne, later) = (Table(here), Table(here), Table(there));

        var numbers = all.Number(later, out var added);
        Assert.Equal(30_000, all.Count);
        all.AddNew(later, numbers, 30_000, added);

        Assert.Equal(there.Select(i => oneByOne.IndexOf(i)), numbers);
        Assert.Equal(oneByOne.Count, all.Count);
        Assert.Equal(30_000 + added, all.Count);
        Assert.Equal(Enumerable.Range(0, all.Count), Enumerable.Range(0, all.Count).Select(i => all.IndexOf(all.Span(i))));
        Assert.Equal(oneByOne.Order(), all.Order());
    }

    [Fact]
    public void A_reserved_table_numbers_and_orders_as_one_grown_id_by_id()
    {
        var ids = Enumerable.Range(0, 5_000).Select(i => "id-" + ((i * 7919) % 5_000).ToString(CultureInfo.InvariantCulture)).ToArray();
        var reserved = new CustomerIdTable();
        reserved.Reserve(ids.Length);
        reserved.Reserve(10);

        var numbers = ids.Select(id => reserved.IndexOf(id)).ToArray();

        Assert.Equal(Enumerable.Range(0, ids.Length), numbers);
        Assert.Equal(Table(ids).Order(), reserved.Order());
        Assert.All(ids, (id, i) => Assert.Equal(i, reserved.Find(id)));
    }

    [Property(MaxTest = 300)]
    public Property A_row_in_days_or_weeks_has_the_times_between_its_dates()
    {
        // Day numbers around 2025; the second purchase on or after the first, the end on or after both.
        var days = from first in Gen.Choose(739_000, 740_000)
                   from gap in Gen.Choose(0, 800)
                   from rest in Gen.Choose(0, 800)
                   from unit in Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month)
                   select (First: first, Second: first + gap, End: first + gap + rest, Unit: unit);
        return Prop.ForAll(days.ToArbitrary(), d =>
        {
            var folds = new CustomerFolds(PeriodUnit.Day, int.MaxValue);
            folds.Step(0, d.First, 10m);
            folds.Step(0, d.Second, 12.5m);
            var end = PeriodMath.FromDayNumber(d.End);
            var options = new TransactionSummaryOptions { Unit = d.Unit, ObservationEnd = end };

            var row = folds.Row(0, options);

            var (first, second) = (PeriodMath.FromDayNumber(d.First), PeriodMath.FromDayNumber(d.Second));
            var age = PeriodMath.Between(first, end, d.Unit);
            var repeat = d.Second > d.First;
            var recency = repeat ? PeriodMath.Between(first, second, d.Unit) : 0d;
            return BitConverter.DoubleToInt64Bits(row.Age) == BitConverter.DoubleToInt64Bits(age)
                && BitConverter.DoubleToInt64Bits(row.Recency) == BitConverter.DoubleToInt64Bits(Math.Min(recency, age))
                && row.Frequency == (repeat ? 1 : 0)
                && row.MonetaryValue == (repeat ? 12.5m : null);
        });
    }

    [Fact]
    public void A_weekly_row_counts_whole_days_over_seven()
    {
        var folds = new CustomerFolds(PeriodUnit.Day, int.MaxValue);
        var start = new LocalDate(2025, 1, 1).ToDateOnly().DayNumber;
        folds.Step(0, start, 5m);
        folds.Step(0, start + 10, 7m);
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = new LocalDate(2025, 1, 22) };

        var row = folds.Row(0, new RowWindow(options));

        Assert.Equal(new SummaryRow(1, 10 / 7d, 3, 7m), row);
    }

    private static CustomerIdTable Table(IEnumerable<string> ids)
    {
        var table = new CustomerIdTable();
        foreach (var id in ids)
        {
            table.IndexOf(id);
        }

        return table;
    }
}
