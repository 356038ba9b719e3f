namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Folding a log in two parts at once: the rows after some point go into a <see cref="NewContinuation"/> on another
/// thread, which is then appended (<see cref="TryAppend"/>) to the fold of the rows before it. The result is the fold of every row
/// in log order: customers are numbered in the order they first appear, each customer's state continues from the
/// earlier part (CustomerFolds.Merge.cs), rejections and unknown values follow the earlier part's, and the latest dates
/// are the later of the two.
/// </summary>
public sealed partial class TransactionFold
{
    private readonly bool _continuation;

    /// <summary>
    /// Makes an empty fold, with this fold's zone, grouping and window, for the rows that follow this fold's in the log:
    /// fold them there (on another thread, say) while this fold takes its own, then <see cref="TryAppend"/> it here.
    /// </summary>
    /// <returns>The continuation.</returns>
    public TransactionFold NewContinuation() => new(Zone, PurchaseGrouping, CalibrationEnd, ObservationEnd, continuation: true);

    /// <summary>
    /// Appends a continuation (<see cref="NewContinuation"/>) that took the rows following this fold's, as if they had
    /// been added here one by one: the same customers in the same order, the same states, rejections and unknown values.
    /// A customer whose purchases are out of date order across the two parts makes <see cref="NeedsSecondPass"/> true, as
    /// adding the rows here would have; the second pass then takes every row of the log.
    /// </summary>
    /// <param name="continuation">The continuation, in its first pass; it is not changed.</param>
    /// <returns>
    /// True when appended. False, with this fold unchanged, when a sum of amounts could come out otherwise than by adding
    /// the amounts one by one (a sum past 27 significant digits, where a decimal rounds): add the continuation's rows here instead.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="continuation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="continuation"/> is not a continuation of a fold with this zone, grouping and window.</exception>
    /// <exception cref="InvalidOperationException">This fold is a continuation, either fold is in its second pass, or this fold has handed out a summary.</exception>
    public bool TryAppend(TransactionFold continuation)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        if (!continuation._continuation || continuation == this
            || continuation.Zone.Id != Zone.Id || continuation.PurchaseGrouping != PurchaseGrouping || continuation.CalibrationEnd != CalibrationEnd || continuation.ObservationEnd != ObservationEnd)
        {
            throw new ArgumentException("Only a continuation made by NewContinuation of a fold with this zone, grouping and window can be appended.", nameof(continuation));
        }

        if (_continuation || _secondPass || continuation._secondPass || _handedOut)
        {
            throw new InvalidOperationException("A continuation can be appended only to a fold that is not a continuation itself, while both folds are in their first pass and before any summary is made.");
        }

        var later = continuation._folds;
        later.Ensure(continuation._index.Count);
        _folds.Ensure(_index.Count);
        if (!_folds.CanAppendExactly(_index.Count, later, continuation._index.Count))
        {
            return false;
        }

        // The ids already here are looked up first; the new ones, numbered by then, are added to the table on one thread
        // while the states are appended on the other (and on both once the ids are in).
        var (ids, before) = (continuation._index, _index.Count);
        var numbers = _index.Number(ids, out var added);
        _folds.Ensure(before + added);
        _folds.AppendAll(numbers, later, () => _index.AddNew(ids, numbers, before, added));

        _rejected.AddRange(continuation._rejected);
        _unknown.AddRange(continuation._unknown);
        _latestDay = Math.Max(_latestDay, continuation._latestDay);
        _latestKept = Math.Max(_latestKept, continuation._latestKept);
        return true;
    }

    private CustomerFolds NewFolds()
    {
        var calibration = CalibrationEnd ?? ObservationEnd;
        return new CustomerFolds(PurchaseGrouping, calibration is { } c ? c.ToDateOnly().DayNumber : int.MaxValue, continuation: _continuation);
    }
}
