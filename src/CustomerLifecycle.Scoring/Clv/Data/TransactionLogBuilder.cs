using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Collects a transaction log one row at a time, in any order, keeping only what the summary needs (customer, date and
/// amount of each accepted purchase, in columns: no object per row), then summarises it with
/// <see cref="Summarize"/>. The observation window can be chosen after the last row, e.g. ending at
/// <see cref="LatestDate"/>.
/// </summary>
/// <remarks>
/// Text rows are checked with the rules and rejection codes of <see cref="TransactionSummarizer"/>; purchases after the
/// observation end are rejected when summarising. Cost: about 36 bytes per accepted purchase, plus one id per customer.
/// </remarks>
/// <example>
/// <code>
/// var log = new TransactionLogBuilder(DateTimeZone.Utc);
/// log.Add(new TransactionRecord(2, "c1", "2025-01-03", "12.50"));
/// log.Add(3, CustomerId.From("c1"), new LocalDate(2025, 2, 1), 8m);
/// var summary = log.Summarize(new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = log.LatestDate!.Value });
/// </code>
/// </example>
public sealed class TransactionLogBuilder
{
    private readonly PurchaseColumns _log = new();

    /// <summary>Makes an empty log.</summary>
    /// <param name="zone">The zone in which time stamps become dates and local time stamps are read.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public TransactionLogBuilder(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
    }

    /// <summary>The zone in which time stamps become dates.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The number of purchases accepted so far (rows of unknown value included).</summary>
    public int PurchaseCount => _log.Customer.Count;

    /// <summary>The latest readable date of any row added (rejected rows included), or null when there is none.</summary>
    public LocalDate? LatestDate => _log.LatestDay == int.MinValue ? null : PeriodMath.FromDayNumber(_log.LatestDay);

    /// <summary>Adds a text row: a purchase when its customer and date can be read, else a rejected row (codes of <see cref="TransactionSummarizer"/>).</summary>
    /// <param name="record">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    public void Add(TransactionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var rejected = TransactionRecordCheck.Check(record, Zone, out var customer, out var day, out var amount);
        if (rejected is not null)
        {
            if (rejected.Column is null)
            {
                _log.Rejected.Add(rejected);
                if (IsoTime.TryParse(record.Date, Zone, out var at))
                {
                    _log.SeeDay(at.InZone(Zone).Date.ToDateOnly().DayNumber);
                }

                return;
            }

            _log.UnknownValues.Add(rejected);
        }

        _log.Add(record.Line, customer, day, amount);
    }

    /// <summary>Adds a purchase already read.</summary>
    /// <param name="line">The line (or position) of the purchase in its source, for messages.</param>
    /// <param name="customer">Who bought.</param>
    /// <param name="date">The local date of the purchase in <see cref="Zone"/>.</param>
    /// <param name="amount">What was paid (≥ 0), or null when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is the empty default id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public void Add(int line, CustomerId customer, LocalDate date, decimal? amount)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty.", nameof(customer));
        }

        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A purchase amount is ≥ 0; a refund is no purchase.");
        }

        _log.Add(line, customer, date.ToDateOnly().DayNumber, amount);
    }

    /// <summary>Adds a purchase already read, its customer given as text: the id is copied only the first time the customer appears.</summary>
    /// <param name="line">The line (or position) of the purchase in its source, for messages.</param>
    /// <param name="customer">Who bought: 1 to <see cref="CustomerId.MaxLength"/> characters once trimmed.</param>
    /// <param name="date">The local date of the purchase in <see cref="Zone"/>.</param>
    /// <param name="amount">What was paid (≥ 0), or null when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is blank or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public void Add(int line, ReadOnlySpan<char> customer, LocalDate date, decimal? amount) =>
        _log.Add(line, CheckPurchase(customer, amount), date.ToDateOnly().DayNumber, amount);

    /// <summary>Summarises the purchases collected so far.</summary>
    /// <param name="options">The unit, window and calendar; its zone must be <see cref="Zone"/>.</param>
    /// <returns>The summaries; purchases after the observation end are rejected (<c>date.after_observation_end</c>), all rejections in line order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or their zone is not <see cref="Zone"/>.</exception>
    public TransactionSummary Summarize(TransactionSummaryOptions options)
    {
        var summarizer = new TransactionSummarizer(options);
        if (!ReferenceEquals(options.Zone, Zone) && options.Zone.Id != Zone.Id)
        {
            throw new ArgumentException($"The options' zone {options.Zone.Id} is not the zone {Zone.Id} the log was read in.", nameof(options));
        }

        return summarizer.Build(_log, currency: null);
    }

    /// <summary>The trimmed id of a purchase given as text, after checking the id and the amount.</summary>
    internal static ReadOnlySpan<char> CheckPurchase(ReadOnlySpan<char> customer, decimal? amount)
    {
        var id = customer.Trim();
        if (id.IsEmpty || id.Length > CustomerId.MaxLength)
        {
            throw new ArgumentException($"A customer id must be 1–{CustomerId.MaxLength} characters that are not all white space.", nameof(customer));
        }

        if (amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A purchase amount is ≥ 0; a refund is no purchase.");
        }

        return id;
    }
}
