using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class FitResultTests
{
    private static readonly Lazy<ClvFit<BgNbdModel>> CdnowFit = new(() => BgNbdModel.Fit(Cdnow.Summaries));

    [Fact]
    public void A_fit_whose_parameters_are_listed_in_another_order_gives_the_same_model()
    {
        var fit = CdnowFit.Value;
        var shuffled = new ClvModelFit("bg-nbd", fit.Parameters.Reverse(), fit.LogLikelihood, fit.Iterations, true, "read back", fit.Rows, fit.Customers);

        var model = BgNbdModel.FromFit(shuffled);

        Assert.Equal(1.226, model.ConditionalExpectedTransactions(39, 2, 30.43, 38.86), 1e-3);
        Assert.Equal(fit["r"], model.R);
        Assert.Equal(fit["b"], model.B);
    }

    [Fact]
    public void Models_are_rebuilt_from_parameters_by_name_whatever_their_order()
    {
        var model = (BgNbdModel)ClvModels.Create("bg-nbd", new Dictionary<string, double> { ["b"] = 2.426, ["a"] = 0.793, ["alpha"] = 4.414, ["r"] = 0.243 });

        Assert.Equal((0.243, 4.414, 0.793, 2.426), (model.R, model.Alpha, model.A, model.B));
    }

    [Theory]
    [InlineData("bg-nbd", "r,alpha,a", "parameter \"b\" is missing")]
    [InlineData("bg-nbd", "r,alpha,a,b,s", "has no parameter \"s\"")]
    [InlineData("nbd", "r,alpha", "Unknown model 'nbd'")]
    [InlineData("sbg", "alpha", "parameter \"beta\" is missing")]
    public void A_missing_or_extra_parameter_or_an_unknown_model_is_a_clear_error(string model, string names, string message)
    {
        var parameters = names.Split(',').ToDictionary(n => n, _ => 1d);

        var ex = Assert.Throws<ArgumentException>("parameters", () => ClvModels.Create(model, parameters));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_model_id_round_trips_through_its_parameter_names()
    {
        foreach (var name in ClvModels.Names)
        {
            var model = ClvModels.Create(name, ClvModels.ParameterNames(name).ToDictionary(n => n, _ => 1.5d));

            Assert.Equal(name, model.Name);
            Assert.Equal(ClvModels.ParameterNames(name), model.Parameters.Select(p => p.Name));
        }
    }

    [Fact]
    public void A_fit_that_did_not_converge_becomes_a_model_only_with_an_explicit_opt_in()
    {
        var failed = new ClvFit<BgNbdModel>(new ClvModelFit("bg-nbd", CdnowFit.Value.Parameters, -1, 5, false, "stopped after 5 iterations", 1, 1));

        var refused = Assert.Throws<InvalidOperationException>(() => failed.ToModel());
        Assert.Contains("stopped after 5 iterations", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("fit", () => ClvModels.FromFit(failed));
        Assert.Equal(CdnowFit.Value["r"], failed.ToModel(ClvConvergencePolicy.AllowUnconverged).R);
    }

    [Fact]
    public void Bg_bb_and_sbg_refuse_a_fit_that_did_not_converge_like_every_other_model()
    {
        var bgbb = new ClvModelFit("bg-bb", [new("alpha", 1, null), new("beta", 1, null), new("gamma", 1, null), new("delta", 1, null)], -1, 2, false, "stopped", 1, 1);
        var sbg = new ClvModelFit("sbg", [new("alpha", 1, null), new("beta", 1, null)], -1, 2, false, "stopped", 1, 1);

        Assert.Throws<ArgumentException>("fit", () => BgBbModel.FromFit(bgbb));
        Assert.Throws<ArgumentException>("fit", () => SbgModel.FromFit(sbg));
        Assert.Equal(1d, SbgModel.FromFit(sbg, ClvConvergencePolicy.AllowUnconverged).Alpha);
    }

    [Fact]
    public void A_fit_records_a_fingerprint_of_its_data()
    {
        var data = CdnowFit.Value.Data!;

        Assert.Equal(2357, data.Rows);
        Assert.Equal(2357d, data.Customers);
        Assert.Equal(Cdnow.Summaries.Sum(c => c.Frequency), data.SumFrequency, 1e-9);
        Assert.Equal(Cdnow.Summaries.Sum(c => c.Age), data.SumAge, 1e-6);
    }

    [Fact]
    public void Gamma_gamma_excludes_a_repeat_buyer_with_no_spend_by_customer_id_and_fits_the_rest()
    {
        var customers = Cdnow.Summaries.Select((c, i) => new CustomerSummary(c.Frequency, c.Recency, c.Age, CustomerId.From((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), c.MonetaryValue)).ToList();
        var firstRepeat = customers.FindIndex(c => c.Frequency > 0);
        customers[firstRepeat] = new CustomerSummary(customers[firstRepeat].Frequency, customers[firstRepeat].Recency, customers[firstRepeat].Age, customers[firstRepeat].Customer, 0m);

        var fit = GammaGammaModel.Fit(customers);

        Assert.True(fit.Converged, fit.Message);
        var excluded = Assert.Single(fit.Excluded);
        Assert.Equal(customers[firstRepeat].Customer, excluded.Customer);
        Assert.Equal($"customer {firstRepeat + 1}", excluded.Label());
        Assert.Equal("monetary_value.not_positive", excluded.Code);
        Assert.Equal(excluded, Assert.Single(GammaGammaModel.Eligibility(customers).Excluded));
    }

    [Fact]
    public void A_cdnow_fit_throws_no_exception_not_even_a_caught_one()
    {
        var thread = Environment.CurrentManagedThreadId;
        var count = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Increment(ref count);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            Assert.True(BgNbdModel.Fit(Cdnow.Summaries).Converged);
            Assert.True(MbgNbdModel.Fit(Cdnow.Summaries).Converged);
            Assert.True(ParetoNbdModel.Fit(Cdnow.Summaries).Converged);
            Assert.True(GammaGammaModel.Fit(Cdnow.Summaries).Converged);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        Assert.Equal(0, count);
    }
}
