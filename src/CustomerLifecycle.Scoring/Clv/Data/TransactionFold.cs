using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using NodaTime;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Summarises a transaction log as its rows stream by, keeping one running state per customer instead of every
/// purchase: memory grows with the number of customers, not with the number of purchases — about 60 bytes each plus two
/// bytes per character of id, and 16 bytes more for each sum of amounts (after the first purchase; in the holdout) once an
/// amount is read. The summary is the one <see cref="TransactionSummarizer"/> and <see cref="TransactionLogBuilder"/> give
/// for the same rows, rejections and their lines included.
/// </summary>
/// <remarks>
/// <para>The purchase grouping and the calibration end are fixed before the first row, since each purchase is folded
/// into its period as it arrives; so is the observation end, or it is left open and taken later from
/// <see cref="LatestDate"/> (any end on or after the latest purchase gives the same summary).</para>
/// <para>A customer's purchases are folded directly while they arrive in date order (rows of one day in any order). A
/// customer with a purchase dated before one already folded cannot be folded exactly from its running state: the log
/// then needs a second pass (<see cref="NeedsSecondPass"/>): call <see cref="BeginSecondPass"/> and add every row again
/// in the same order; only the purchases of those customers are kept, sorted by date and folded anew. A log in date
/// order, or grouped by customer in date order, needs one pass.</para>
/// <para>The customer rows of <see cref="Summarize"/> are made as they are read, from the running states, so a summary of
/// millions of customers is written out without an object per customer held at once; reading a row twice makes it
/// twice (equal values). Rows added after a summary was made do not change it.</para>
/// </remarks>
/// <example>
/// <code>
/// var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, calibrationEnd: null, observationEnd: null);
/// fold.Add(new TransactionRecord(2, "c1", "2025-01-03", "12.50"));
/// fold.Add(3, "c1", new LocalDate(2025, 2, 1), 8m);
/// var summary = fold.Summarize(new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = fold.LatestDate!.Value });
/// </code>
/// </example>
public sealed partial class TransactionFold
{
    private readonly CustomerIdTable _index = new();
    private CustomerFolds _folds;
    private bool _handedOut;
    private readonly int _observationEnd;
    private readonly List<RejectedRow> _rejected = [];
    private readonly List<RejectedRow> _unknown = [];
    private readonly List<long> _replayKeys = [];
    private readonly List<decimal?> _replayAmounts = [];
    private int _latestDay = int.MinValue;
    private int _latestKept = int.MinValue;
    private bool _secondPass;

    /// <summary>Makes an empty fold.</summary>
    /// <param name="zone">The zone in which time stamps become dates and local time stamps are read.</param>
    /// <param name="purchaseGrouping">Purchases in one such period count as one (see <see cref="TransactionSummaryOptions.PurchaseGrouping"/>).</param>
    /// <param name="calibrationEnd">The last day of the calibration period, or null for no holdout.</param>
    /// <param name="observationEnd">The last day of observation (later purchases are rejected), or null to choose it when summarising, on or after <see cref="LatestDate"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException">The grouping is no unit, or the calibration end is not before the observation end.</exception>
    public TransactionFold(DateTimeZone zone, PeriodUnit purchaseGrouping, LocalDate? calibrationEnd, LocalDate? observationEnd)
        : this(zone, purchaseGrouping, calibrationEnd, observationEnd, continuation: false)
    {
    }

    private TransactionFold(DateTimeZone zone, PeriodUnit purchaseGrouping, LocalDate? calibrationEnd, LocalDate? observationEnd, bool continuation)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!Enum.IsDefined(purchaseGrouping))
        {
            throw new ArgumentException($"Unknown purchase grouping {purchaseGrouping}.", nameof(purchaseGrouping));
        }

        if (calibrationEnd >= observationEnd)
        {
            throw new ArgumentException($"The calibration end {calibrationEnd} must be before the observation end {observationEnd}.", nameof(calibrationEnd));
        }

        Zone = zone;
        PurchaseGrouping = purchaseGrouping;
        CalibrationEnd = calibrationEnd;
        ObservationEnd = observationEnd;
        _observationEnd = observationEnd is { } o ? o.ToDateOnly().DayNumber : int.MaxValue;
        _continuation = continuation;
        _folds = NewFolds();
    }

    /// <summary>The zone in which time stamps become dates.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The purchase grouping every purchase is folded with.</summary>
    public PeriodUnit PurchaseGrouping { get; }

    /// <summary>The calibration end, or null for no holdout.</summary>
    public LocalDate? CalibrationEnd { get; }

    /// <summary>The observation end, or null when it is chosen when summarising.</summary>
    public LocalDate? ObservationEnd { get; }

    /// <summary>The number of customers seen so far.</summary>
    public int CustomerCount => _index.Count;

    /// <summary>The latest readable date of any row added in the first pass (rejected rows included), or null when there is none.</summary>
    public LocalDate? LatestDate => _latestDay == int.MinValue ? null : PeriodMath.FromDayNumber(_latestDay);

    /// <summary>Whether some customer's purchases arrived out of date order, so every row must be added once more after <see cref="BeginSecondPass"/>.</summary>
    public bool NeedsSecondPass => _folds.AnyDisordered && !_secondPass;

    /// <summary>Starts the second pass: add every row again, in the same order; rejections are not counted twice.</summary>
    /// <exception cref="InvalidOperationException">No second pass is needed, or it has begun already.</exception>
    public void BeginSecondPass()
    {
        if (!NeedsSecondPass)
        {
            throw new InvalidOperationException("No second pass is needed: every customer's purchases arrived in date order, or the second pass has begun.");
        }

        _secondPass = true;
    }

    /// <summary>Adds a text row: a purchase when its customer and date can be read, else a rejected row (codes of <see cref="TransactionSummarizer"/>).</summary>
    /// <param name="record">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public void Add(TransactionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rejected = TransactionRecordCheck.Check(record, Zone, out var customer, out var day, out var amount);
        if (rejected is { Column: null })
        {
            if (!_secondPass)
            {
                _rejected.Add(rejected);
                if (IsoTime.TryParse(record.Date, Zone, out var at))
                {
                    _latestDay = Math.Max(_latestDay, at.InZone(Zone).Date.ToDateOnly().DayNumber);
                }
            }

            return;
        }

        Fold(record.Line, _index.IndexOf(customer.Value), day, amount, rejected);
    }

    /// <summary>Adds a purchase already read, its customer given as text: the id is copied only the first time the customer appears.</summary>
    /// <param name="line">The line (or position) of the purchase in its source, for messages.</param>
    /// <param name="customer">Who bought: 1 to <see cref="CustomerId.MaxLength"/> characters once trimmed.</param>
    /// <param name="date">The local date of the purchase in <see cref="Zone"/>.</param>
    /// <param name="amount">What was paid (≥ 0), or null when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public void Add(int line, ReadOnlySpan<char> customer, LocalDate date, decimal? amount)
    {
        var id = TransactionLogBuilder.CheckPurchase(customer, amount);
        Fold(line, _index.IndexOf(id), date.ToDateOnly().DayNumber, amount, null);
    }

    /// <summary>Summarises the rows added.</summary>
    /// <param name="options">
    /// The unit, window and calendar: their zone, grouping and calibration end must be this fold's, their observation end
    /// this fold's or, when it has none, on or after the latest purchase.
    /// </param>
    /// <returns>The summaries, the purchases after the observation end rejected, all rejections in line order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid or do not agree with the fold.</exception>
    /// <exception cref="InvalidOperationException">A second pass is needed and has not been made.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public TransactionSummary Summarize(TransactionSummaryOptions options)
    {
        options = OptionsGuard.Valid<TransactionSummaryOptions, TransactionSummaryOptionsValidator>(options, nameof(options)) with { };
        if (options.Zone.Id != Zone.Id || options.PurchaseGrouping != PurchaseGrouping || options.CalibrationEnd != CalibrationEnd
            || (ObservationEnd is { } end ? options.ObservationEnd != end : options.ObservationEnd.ToDateOnly().DayNumber < _latestKept))
        {
            throw new ArgumentException(
                $"The options (zone {options.Zone.Id}, grouping {options.PurchaseGrouping}, calibration end {options.CalibrationEnd}, observation end {options.ObservationEnd}) do not agree with the fold's.",
                nameof(options));
        }

        if (NeedsSecondPass)
        {
            throw new InvalidOperationException("Some customer's purchases arrived out of date order: add every row again after BeginSecondPass.");
        }

        Replay();
        var order = _index.Order();
        var cut = (options.CalibrationEnd ?? options.ObservationEnd).ToDateOnly().DayNumber;
        var (folds, ids) = (_folds, _index);
        var excluded = new List<CustomerId>();
        var count = 0;
        foreach (var i in order)
        {
            if (!folds.Any(i))
            {
                continue;
            }

            if (folds.IsExcluded(i, cut))
            {
                excluded.Add(ids.Id(i));
                continue;
            }

            order[count++] = i;
        }

        // The lists read the states when their items are read: the fold copies its states before it changes them again.
        _handedOut = true;
        var customers = new FoldedCustomers(order, count, folds, ids, options, holdout: CalibrationEnd is not null);
        return new TransactionSummary(customers, customers.Holdout, SummaryLists.HoldoutLength(options), excluded, [.. _rejected.OrderBy(r => r.Line)], options.Unit, Currency: null)
        {
            UnknownValues = [.. _unknown],
        };
    }

    private void Fold(int line, int customer, int day, decimal? amount, RejectedRow? unknown)
    {
        if (Keep(line, customer, day, amount, unknown))
        {
            Writable().Ensure(_index.Count);
            _folds.Step(customer, day, amount);
        }
    }

    /// <summary>Everything about a purchase but its step: the second pass's replay, the latest dates, the rejection after the observation end, an unknown value; whether to step it.</summary>
    private bool Keep(int line, int customer, int day, decimal? amount, RejectedRow? unknown)
    {
        if (_secondPass)
        {
            if (day <= _observationEnd && _folds.IsDisordered(customer))
            {
                _replayKeys.Add(((long)customer << 32) | (uint)day);
                _replayAmounts.Add(amount);
            }

            return false;
        }

        _latestDay = Math.Max(_latestDay, day);
        if (day > _observationEnd)
        {
            _rejected.Add(TransactionRecordCheck.AfterEnd(line, day, ObservationEnd!.Value));
            return false;
        }

        if (unknown is not null)
        {
            _unknown.Add(unknown);
        }

        _latestKept = Math.Max(_latestKept, day);
        return true;
    }

    /// <summary>The states, copied first when a summary handed out still reads them.</summary>
    private CustomerFolds Writable()
    {
        if (_handedOut)
        {
            _folds = _folds.Clone();
            _handedOut = false;
        }

        return _folds;
    }

    /// <summary>Folds anew, in date order, the purchases of the customers whose rows arrived out of order.</summary>
    private void Replay()
    {
        if (_replayKeys.Count == 0)
        {
            return;
        }

        var keys = _replayKeys.ToArray();
        var amounts = _replayAmounts.ToArray();
        _replayKeys.Clear();
        _replayAmounts.Clear();
        Array.Sort(keys, amounts);
        Writable();
        var previous = -1;
        for (var k = 0; k < keys.Length; k++)
        {
            var customer = (int)(keys[k] >> 32);
            if (customer != previous)
            {
                _folds.Reset(customer);
                previous = customer;
            }

            _folds.Step(customer, (int)keys[k], amounts[k]);
        }
    }
}
