using System.Globalization;
using System.Runtime.InteropServices;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scoring.Nps;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Activation;

/// <summary>One after-sales network's activation health dashboard (激活健康度仪表盘): first-visit NPS, perfect rate, 24 h callback rate,
/// 90-day retention of first-time customers and surprise moments per customer, each banded with advice.</summary>
/// <remarks>
/// <para><see cref="Compute"/> computes the measures from raw events; <see cref="Evaluate"/> bands measures however they
/// were obtained. The callback rate comes from the follow-up SLA compliance and is passed in as a number.</para>
/// <para>Definitions used by <see cref="Compute"/>: a first-time customer is a customer with a visit flagged
/// <see cref="ServiceVisit.IsFirstVisit"/> that started at or before <c>asOf</c> (the earliest such visit counts).
/// <b>90-day retention</b>: among first-time customers whose window (<see cref="ActivationDashboardOptions.Window"/>, 90 days
/// from the start of the first visit) has fully elapsed by <c>asOf</c>, the share with another visit starting after the
/// first visit completed and no later than the window's end; customers still inside their window are left out, not
/// counted as lost. <b>Surprise moments</b>: surprise moments of first-time customers inside their window (up to
/// <c>asOf</c>), divided by the number of first-time customers. <b>First-visit NPS and perfect rate</b>: responses flagged
/// <see cref="SurveyResponse.IsFirstVisit"/> answered at or before <c>asOf</c> (or undated).</para>
/// <para>Verdict (not in the practice's table; the library's own summary): any metric in its worst band → <c>activation.danger</c>;
/// else any metric undefined → <c>activation.incomplete</c>; else all in their best band → <c>activation.excellent</c>;
/// else <c>activation.pass</c>.</para>
/// </remarks>
public sealed class ActivationDashboard
{
    private readonly ActivationDashboardOptions _options;

    /// <summary>Makes a dashboard with the practice's scales.</summary>
    public ActivationDashboard()
        : this(new ActivationDashboardOptions())
    {
    }

    /// <summary>Makes a dashboard.</summary>
    /// <param name="options">The scales and window.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every failure).</exception>
    public ActivationDashboard(ActivationDashboardOptions options) =>
        _options = OptionsGuard.Valid<ActivationDashboardOptions, ActivationDashboardOptionsValidator>(options, nameof(options)) with { };

    /// <summary>Computes the measures from events.</summary>
    /// <param name="visits">Service visits of any customers, in any order.</param>
    /// <param name="responses">Survey responses; only first-visit ones are used.</param>
    /// <param name="moments">Experience moments; only surprises are used.</param>
    /// <param name="asOf">The instant the dashboard describes; later events are ignored.</param>
    /// <param name="callbackRate24h">The 24 h callback rate of first-time customers from the follow-up SLA compliance, or null when unknown.</param>
    /// <param name="callbackCustomers">The customers behind <paramref name="callbackRate24h"/>, when known; ≥ 0.</param>
    /// <returns>The measures; a measure without data is null.</returns>
    /// <exception cref="ArgumentNullException">A sequence or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="callbackCustomers"/> is negative.</exception>
    public ActivationMetrics Compute(IEnumerable<ServiceVisit> visits, IEnumerable<SurveyResponse> responses, IEnumerable<ExperienceMoment> moments, Instant asOf, Fraction? callbackRate24h = null, long? callbackCustomers = null)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(moments);
        if (callbackCustomers is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(callbackCustomers), callbackCustomers, "A customer count must not be negative.");
        }

        var all = visits as IReadOnlyList<ServiceVisit> ?? visits.ToArray();
        var first = new Dictionary<CustomerId, FirstVisit>();
        foreach (var visit in all)
        {
            ArgumentNullException.ThrowIfNull(visit, nameof(visits));
            if (visit.IsFirstVisit && visit.StartedAt <= asOf)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(first, visit.Customer, out var exists);
                if (!exists || visit.StartedAt < slot.Start)
                {
                    slot = new FirstVisit(visit.StartedAt, visit.CompletedAt);
                }
            }
        }

        var window = _options.Window;
        foreach (var visit in all)
        {
            if (visit.StartedAt > asOf)
            {
                continue;
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(first, visit.Customer);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref slot) && visit.StartedAt > slot.Completed && visit.StartedAt <= slot.Start + window)
            {
                slot.Returned = true;
            }
        }

        foreach (var moment in moments)
        {
            ArgumentNullException.ThrowIfNull(moment, nameof(moments));
            if (!moment.IsSurprise || moment.At > asOf)
            {
                continue;
            }

            ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(first, moment.Customer);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref slot) && moment.At >= slot.Start && moment.At < slot.Start + window)
            {
                slot.Surprises++;
            }
        }

        long cohort = 0, retained = 0, surprises = 0;
        foreach (var f in first.Values)
        {
            surprises += f.Surprises;
            if (f.Start + window <= asOf)
            {
                cohort++;
                retained += f.Returned ? 1 : 0;
            }
        }

        var tally = NpsTally.OfFirstVisits(responses.Where(r => r.RespondedAt is not { } at || at <= asOf));
        return new ActivationMetrics
        {
            FirstVisitNps = tally.Nps,
            PerfectRate = tally.PerfectRate,
            FirstVisitResponses = tally.Total,
            CallbackRate24h = callbackRate24h,
            CallbackCustomers = callbackCustomers,
            Retention90Days = cohort == 0 ? null : Fraction.Of(retained, cohort),
            RetentionCohort = cohort,
            SurpriseMomentsPerCustomer = first.Count == 0 ? null : (double)surprises / first.Count,
            FirstTimeCustomers = first.Count,
        };
    }

    /// <summary>Bands the measures and gives the verdict.</summary>
    /// <param name="metrics">The measures.</param>
    /// <param name="culture">The culture of the texts (en, zh-CN); null means English.</param>
    /// <returns>The scorecard <c>activation</c> with the five metrics in the practice's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metrics"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A measure is NaN or outside its scale (NPS outside −100..100, negative surprises).</exception>
    public Scorecard Evaluate(ActivationMetrics metrics, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        BandedMetric[] banded =
        [
            BandedMetric.Evaluate(MetricIds.ActivationFirstVisitNps, metrics.FirstVisitNps, MetricUnit.NpsPoints, _options.FirstVisitNps, culture, metrics.FirstVisitResponses),
            BandedMetric.Evaluate(MetricIds.ActivationPerfectRate, metrics.PerfectRate?.Value, MetricUnit.Fraction, _options.PerfectRate, culture, metrics.FirstVisitResponses),
            BandedMetric.Evaluate(MetricIds.ActivationCallbackRate24h, metrics.CallbackRate24h?.Value, MetricUnit.Fraction, _options.CallbackRate24h, culture, metrics.CallbackCustomers),
            BandedMetric.Evaluate(MetricIds.ActivationRetention90Days, metrics.Retention90Days?.Value, MetricUnit.Fraction, _options.Retention90Days, culture, metrics.RetentionCohort),
            BandedMetric.Evaluate(MetricIds.ActivationSurpriseMoments, metrics.SurpriseMomentsPerCustomer, MetricUnit.PerCustomer, _options.SurpriseMoments, culture, metrics.FirstTimeCustomers),
        ];
        var verdict = banded.Any(m => m.Band is { IsWorst: true }) ? "activation.danger"
            : banded.Any(m => !m.IsDefined) ? "activation.incomplete"
            : banded.All(m => m.Band is { IsBest: true }) ? "activation.excellent"
            : "activation.pass";
        return new Scorecard("activation", ScorecardText.Get("scorecard.activation", culture), banded, ScorecardText.Verdict(verdict, culture));
    }

    private struct FirstVisit(Instant start, Instant completed)
    {
        public readonly Instant Start = start;
        public readonly Instant Completed = completed;
        public bool Returned;
        public long Surprises;
    }
}
