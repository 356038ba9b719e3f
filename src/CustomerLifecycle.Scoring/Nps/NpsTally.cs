using System.Numerics;
using System.Runtime.InteropServices;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// Counts of promoters, passives and detractors (and perfect 10s): the sufficient statistic of an unweighted NPS.
/// </summary>
/// <remarks>
/// <para>Mergeable: <see cref="Merge"/> is associative and commutative with <see cref="Empty"/> as identity, so tallies of
/// the parts of any partition merge to exactly the tally of the whole — compute partial tallies where the data lives
/// (a database, Spark, many threads) and merge them. Counts are checked: overflow throws rather than wraps.</para>
/// <para>The default value is the empty tally. NPS of an empty tally is undefined (<see cref="Nps"/> is null).</para>
/// </remarks>
public readonly record struct NpsTally
{
    private NpsTally(long promoters, long passives, long detractors, long perfectScores)
    {
        Promoters = promoters;
        Passives = passives;
        Detractors = detractors;
        PerfectScores = perfectScores;
    }

    /// <summary>The empty tally (no responses).</summary>
    public static NpsTally Empty => default;

    /// <summary>Responses scoring 9–10.</summary>
    public long Promoters { get; }

    /// <summary>Responses scoring 7–8.</summary>
    public long Passives { get; }

    /// <summary>Responses scoring 0–6.</summary>
    public long Detractors { get; }

    /// <summary>Responses scoring exactly 10 (a subset of <see cref="Promoters"/>); the numerator of the perfect rate.</summary>
    public long PerfectScores { get; }

    /// <summary>All responses.</summary>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>.</exception>
    public long Total => checked(Promoters + Passives + Detractors);

    /// <summary>Whether the tally has no responses.</summary>
    public bool IsEmpty => Promoters == 0 && Passives == 0 && Detractors == 0;

    /// <summary>The Net Promoter Score on the −100..100 scale: % promoters − % detractors.</summary>
    /// <value>Null when there are no responses: NPS is undefined then, neither 0 nor NaN.</value>
    public double? Nps => IsEmpty ? null : 100d * (Promoters - Detractors) / Total;

    /// <summary>The share of promoters, or null when empty.</summary>
    public Fraction? PromoterShare => IsEmpty ? null : Fraction.Of(Promoters, Total);

    /// <summary>The share of passives, or null when empty.</summary>
    public Fraction? PassiveShare => IsEmpty ? null : Fraction.Of(Passives, Total);

    /// <summary>The share of detractors, or null when empty.</summary>
    public Fraction? DetractorShare => IsEmpty ? null : Fraction.Of(Detractors, Total);

    /// <summary>The perfect rate: the share of scores equal to 10 (首次完美率 when tallied over first visits), or null when empty.</summary>
    public Fraction? PerfectRate => IsEmpty ? null : Fraction.Of(PerfectScores, Total);

    /// <summary>Makes a tally from counts.</summary>
    /// <param name="promoters">Responses scoring 9–10; ≥ 0.</param>
    /// <param name="passives">Responses scoring 7–8; ≥ 0.</param>
    /// <param name="detractors">Responses scoring 0–6; ≥ 0.</param>
    /// <param name="perfectScores">How many of the promoters scored 10; 0 ≤ perfectScores ≤ promoters. 0 when unknown.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="perfectScores"/> exceeds <paramref name="promoters"/>.</exception>
    /// <exception cref="OverflowException">The counts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static NpsTally FromCounts(long promoters, long passives, long detractors, long perfectScores = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(promoters);
        ArgumentOutOfRangeException.ThrowIfNegative(passives);
        ArgumentOutOfRangeException.ThrowIfNegative(detractors);
        ArgumentOutOfRangeException.ThrowIfNegative(perfectScores);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(perfectScores, promoters);
        _ = checked(promoters + passives + detractors);
        return new NpsTally(promoters, passives, detractors, perfectScores);
    }

    /// <summary>Tallies scores.</summary>
    /// <param name="scores">The scores.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    public static NpsTally Of(IEnumerable<LikelihoodScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        long promoters = 0, passives = 0, detractors = 0, perfect = 0;
        foreach (var score in scores)
        {
            switch (score.Value)
            {
                case >= 9:
                    promoters++;
                    if (score.Value == LikelihoodScore.MaxValue)
                    {
                        perfect++;
                    }

                    break;
                case >= 7:
                    passives++;
                    break;
                default:
                    detractors++;
                    break;
            }
        }

        return new NpsTally(promoters, passives, detractors, perfect);
    }

    /// <summary>Tallies the scores of survey responses (weights are ignored; see <see cref="WeightedNpsTally"/>).</summary>
    /// <param name="responses">The responses.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    public static NpsTally Of(IEnumerable<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return Of(responses.Select(r => r.Score));
    }

    /// <summary>Tallies the responses that followed a customer's first service: the basis of first-visit NPS (首次NPS) and the perfect rate.</summary>
    /// <param name="responses">The responses; those not flagged <see cref="SurveyResponse.IsFirstVisit"/> are ignored.</param>
    /// <returns>The tally of first-visit responses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    public static NpsTally OfFirstVisits(IEnumerable<SurveyResponse> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        return Of(responses.Where(r => r.IsFirstVisit).Select(r => r.Score));
    }

    /// <summary>
    /// Tallies raw scores held as bytes (0–10 each) without allocating: the fast path for large exports.
    /// </summary>
    /// <param name="scores">The scores, one byte each.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A byte is greater than 10; the message gives its index.</exception>
    /// <remarks>Vectorised with <see cref="Vector{T}"/>: per block of up to 255 vectors, three comparisons count promoters, 10s and detractors in byte lanes, widened and summed before they could overflow; an unsigned maximum rejects any byte over 10.</remarks>
    public static NpsTally Of(ReadOnlySpan<byte> scores)
    {
        long promoters = 0, detractors = 0, perfect = 0;
        var i = 0;
        if (Vector.IsHardwareAccelerated && scores.Length >= Vector<byte>.Count)
        {
            var vectors = MemoryMarshal.Cast<byte, Vector<byte>>(scores);
            // Valid scores are below 128, so signed byte comparisons (one instruction each on x86, where unsigned ones
            // are emulated) count them exactly; any byte over 10 — including 128–255 — is caught by the unsigned max.
            var eight = new Vector<sbyte>(8);
            var seven = new Vector<sbyte>(7);
            var nine = new Vector<sbyte>(9);
            var ten = new Vector<byte>(10);
            var v = 0;
            while (v < vectors.Length)
            {
                // Byte-lane counters hold at most 255 increments before they are widened and summed.
                var blockStart = v;
                var blockEnd = Math.Min(vectors.Length, v + 255);
                var promoterLanes = Vector<sbyte>.Zero;
                var perfectLanes = Vector<sbyte>.Zero;
                var detractorLanes = Vector<sbyte>.Zero;
                var max = Vector<byte>.Zero;
                for (; v < blockEnd; v++)
                {
                    var u = vectors[v];
                    var s = Vector.AsVectorSByte(u);
                    promoterLanes -= Vector.GreaterThan(s, eight); // all-ones (−1) where s ≥ 9
                    perfectLanes -= Vector.GreaterThan(s, nine);   // s ≥ 10 (values > 10 are rejected below)
                    detractorLanes -= Vector.LessThan(s, seven);   // s ≤ 6
                    max = Vector.Max(max, u);
                }

                if (Vector.GreaterThanAny(max, ten))
                {
                    ThrowInvalidByte(scores, blockStart * Vector<byte>.Count);
                }

                promoters += SumLanes(Vector.AsVectorByte(promoterLanes));
                perfect += SumLanes(Vector.AsVectorByte(perfectLanes));
                detractors += SumLanes(Vector.AsVectorByte(detractorLanes));
            }

            i = vectors.Length * Vector<byte>.Count;
        }

        for (; i < scores.Length; i++)
        {
            var s = scores[i];
            if (s > LikelihoodScore.MaxValue)
            {
                ThrowInvalidByte(scores, i);
            }

            if (s >= 9)
            {
                promoters++;
                if (s == LikelihoodScore.MaxValue)
                {
                    perfect++;
                }
            }
            else if (s <= 6)
            {
                detractors++;
            }
        }

        return new NpsTally(promoters, scores.Length - promoters - detractors, detractors, perfect);
    }

    /// <summary>Adds one score.</summary>
    /// <param name="score">The score.</param>
    /// <returns>A new tally with the score counted.</returns>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public NpsTally Add(LikelihoodScore score) => score.Category switch
    {
        NpsCategory.Promoter => new NpsTally(checked(Promoters + 1), Passives, Detractors, score.Value == LikelihoodScore.MaxValue ? checked(PerfectScores + 1) : PerfectScores),
        NpsCategory.Passive => new NpsTally(Promoters, checked(Passives + 1), Detractors, PerfectScores),
        _ => new NpsTally(Promoters, Passives, checked(Detractors + 1), PerfectScores),
    };

    /// <summary>Merges two tallies: the tally of both sets of responses.</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The merged tally.</returns>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public NpsTally Merge(NpsTally other) => new(
        checked(Promoters + other.Promoters),
        checked(Passives + other.Passives),
        checked(Detractors + other.Detractors),
        checked(PerfectScores + other.PerfectScores));

    /// <summary>Merges many tallies.</summary>
    /// <param name="tallies">The partial tallies.</param>
    /// <returns>Their merged tally; <see cref="Empty"/> for none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tallies"/> is null.</exception>
    public static NpsTally MergeAll(IEnumerable<NpsTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var total = Empty;
        foreach (var t in tallies)
        {
            total = total.Merge(t);
        }

        return total;
    }

    /// <summary>Merges two tallies.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>The merged tally.</returns>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    public static NpsTally operator +(NpsTally left, NpsTally right) => left.Merge(right);

    private static long SumLanes(Vector<byte> lanes)
    {
        Vector.Widen(lanes, out var low, out var high);
        return Vector.Sum(low) + (long)Vector.Sum(high);
    }

    private static void ThrowInvalidByte(ReadOnlySpan<byte> scores, int searchFrom)
    {
        for (var j = searchFrom; j < scores.Length; j++)
        {
            if (scores[j] > LikelihoodScore.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(scores), scores[j], $"Scores must be 0–10; the byte at index {j} is {scores[j]}.");
            }
        }

        throw new ArgumentOutOfRangeException(nameof(scores), "Scores must be 0–10.");
    }
}
