using CustomerLifecycle.Core;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Compliance;
using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scorecards.Flywheel;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scorecards.Lifecycle;
using CustomerLifecycle.Scorecards.Quality;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Nps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Tests.Hosting;

/// <summary>
/// One case per service the <c>AddCustomerLifecycle…</c> extensions register: resolve it from the host, run it once, and
/// check that a value from <c>Hosting/appsettings.json</c> reached it (each json value differs from the default).
/// </summary>
internal static class HostedServiceCases
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly CustomerId Customer = CustomerId.From("c-1");

    /// <summary>The services of Scoring (NPS), Followups and Scorecards.</summary>
    public static IReadOnlyDictionary<string, Action<IServiceProvider>> Domain { get; } = new Dictionary<string, Action<IServiceProvider>>(StringComparer.Ordinal)
    {
        [nameof(NpsCalculator)] = sp =>
        {
            var calculator = sp.GetRequiredService<NpsCalculator>();
            Assert.Equal(NpsIntervalMethod.Wald, calculator.Options.IntervalMethod);
            Assert.Equal(0.9, calculator.Options.ConfidenceLevel);
            Assert.Equal(45d, calculator.Estimate(NpsTally.FromCounts(60, 25, 15)).Nps!.Value, 9);
        },
        [nameof(FollowupPlanner)] = sp =>
        {
            Assert.Equal(3, sp.GetRequiredService<IOptions<CadenceOptions>>().Value.MaxNonMandatoryContacts);
            var plan = sp.GetRequiredService<FollowupPlanner>().Plan([FollowupEvent.ServiceCompleted(Customer, T0)], new ContactCalendar(DateTimeZone.Utc), T0);
            Assert.NotEmpty(plan.Tasks);
        },
        [nameof(SlaComplianceEvaluator)] = sp =>
        {
            var evaluator = sp.GetRequiredService<SlaComplianceEvaluator>();
            Assert.Equal(Duration.FromMinutes(30), evaluator.Options.GracePeriod);
            var task = new SlaTask("t-1", Customer, Cadences.Callback, DateTimeZone.Utc, T0, T0 + Duration.FromHours(24));
            var done = TaskCompletion.ForKey("t-1", T0 + Duration.FromHours(36));
            var report = evaluator.EvaluateTasks([task], [done], T0 + Duration.FromDays(3));
            Assert.Equal(1, report.Overall.OnTime); // on time only with the json's 2-day callback target (the default is 24 h)
        },
        [nameof(ActivationDashboard)] = sp =>
        {
            Assert.Equal(Duration.FromDays(60), sp.GetRequiredService<IOptions<ActivationDashboardOptions>>().Value.Window);
            var dashboard = sp.GetRequiredService<ActivationDashboard>();
            var scorecard = dashboard.Evaluate(dashboard.Compute([], [], [], T0));
            Assert.Equal(5, scorecard.Metrics.Count);
        },
        [nameof(LifecycleHealthAssessor)] = sp =>
            Assert.Equal(LifecycleDiagnosis.Flywheel, sp.GetRequiredService<LifecycleHealthAssessor>().Diagnose(4)),
        [nameof(FunnelAnalyzer)] = sp =>
            Assert.Equal(132d, sp.GetRequiredService<FunnelAnalyzer>().Project(10_000, FunnelRates.ServiceCentreExample).NewCustomers),
        [nameof(FlywheelProjector)] = sp =>
            Assert.Equal(20, sp.GetRequiredService<FlywheelProjector>().Project(100)[0].MonthlyReferrals),
        [nameof(QualitySignalDetector)] = sp =>
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal) { ["batch"] = "B-1", ["software"] = "V1" };
            var faults = Enumerable.Range(0, 3).Select(i => new FaultRecord($"r-{i}", "range_drop", T0 + Duration.FromDays(i * 5), attributes));
            Assert.Single(sp.GetRequiredService<QualitySignalDetector>().Evaluate(faults)); // three cars: a signal only with the json's support of 3
        },
        [nameof(PeakEndScorer)] = sp =>
        {
            var moments = new[] { 40d, 90d, 60d }.Select((feeling, i) => new ExperienceMoment(Customer, T0 + Duration.FromMinutes(i), feeling));
            Assert.Equal(78d, sp.GetRequiredService<PeakEndScorer>().Compute(moments).Remembered, 9); // 0.6 × 90 + 0.4 × 60
        },
    };

    /// <summary>
    /// The customer-lifetime-value services (<see cref="ClvAwaitingRegistration"/> names the options-configured types that
    /// are made per call rather than registered).
    /// </summary>
    public static IReadOnlyDictionary<string, Action<IServiceProvider>> Clv { get; } = new Dictionary<string, Action<IServiceProvider>>(StringComparer.Ordinal)
    {
        [nameof(DiscreteModelFitter)] = sp =>
        {
            Assert.Equal(500, sp.GetRequiredService<IOptions<ClvFitOptions>>().Value.MaxIterations);
            var fit = sp.GetRequiredService<DiscreteModelFitter>().FitSbg([new CohortSurvivors([1000, 631, 468, 382, 326])]);
            Assert.True(fit.Converged, fit.Message);
        },
        [nameof(ContinuousModelFitter)] = sp =>
        {
            // A small, flat data set on which BG/NBD needs more than the json's 500 iterations (the default is 1,000): the
            // fitter stops at the configured bound and says so.
            var rows = Enumerable.Range(0, 60).Select(i => new CustomerSummary(i % 4, i % 4 == 0 ? 0 : 10 + (i % 7), 30 + (i % 5)));
            var fit = sp.GetRequiredService<ContinuousModelFitter>().FitBgNbd(rows);
            Assert.InRange(fit.Iterations, 1, 500);
            Assert.True(fit.Converged || fit.Message.Contains("500 iterations", StringComparison.Ordinal), fit.Message);
        },
        [nameof(ClvPredictor)] = sp =>
        {
            var model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
            var prediction = sp.GetRequiredService<ClvPredictor>().Predict(model, null, new CustomerSummary(2, 30.43, 38.86, Customer), 39, null);
            Assert.Equal(1.226, prediction.ExpectedTransactions, 3); // the published CDNOW customer 1
        },
        [nameof(ClvModelComparer)] = sp =>
        {
            var options = new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = new LocalDate(2025, 12, 31), CalibrationEnd = new LocalDate(2025, 6, 30) };
            var data = ClvHoldoutData.FromTransactions(SimulatedLog(), options);
            var diagnosis = Assert.Single(sp.GetRequiredService<ClvModelComparer>().Compare(data, ["bg-nbd"]));
            Assert.InRange(diagnosis.Fit.Iterations, 1, 500); // the json's bound on iterations reaches the comparer's fits
            Assert.Equal((double)data.Summary.Customers.Count, diagnosis.Bins.Sum(b => b.Customers));
        },
    };

    /// <summary>
    /// A deterministic purchase log of 400 customers: purchase rates from 1 to 10 a year, a chance of leaving after each
    /// purchase from 2 % to 50 %, first purchases spread over 2024's first quarter, observed to the end of 2025.
    /// </summary>
    private static IEnumerable<TransactionRecord> SimulatedLog()
    {
        var random = new Random(20261205);
        var start = new LocalDate(2024, 1, 1);
        var end = new LocalDate(2025, 12, 31);
        var line = 1;
        for (var c = 0; c < 400; c++)
        {
            var ratePerDay = (1 + (c % 10)) / 365d;
            var dropout = 0.02 + (0.12 * ((c / 10) % 5));
            var day = start.PlusDays(c % 90);
            while (day <= end)
            {
                yield return new TransactionRecord(++line, $"c{c}", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                if (random.NextDouble() < dropout)
                {
                    break;
                }

                day = day.PlusDays(1 + (int)(-Math.Log(1d - random.NextDouble()) / ratePerDay));
            }
        }
    }

    /// <summary>CLV types configured by options that no extension registers yet; the host test fails once one resolves, so
    /// the name moves from here to <see cref="Clv"/>.</summary>
    public static IReadOnlyList<Type> ClvAwaitingRegistration { get; } = [typeof(CustomerLifecycle.Scoring.Clv.Data.TransactionSummarizer)];
}
