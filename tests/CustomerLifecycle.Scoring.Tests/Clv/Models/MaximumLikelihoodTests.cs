using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class MaximumLikelihoodTests
{
    // Two independent Poisson rates with exposures: MLE λᵢ = countᵢ / exposureᵢ, SE = √(λᵢ / exposureᵢ), closed form.
    private sealed class TwoPoissonRates(double countA, double exposureA, double countB, double exposureB, bool gradient) : IWeightedLogLikelihood
    {
        public string ModelName => "two-poisson";

        public IReadOnlyList<string> ParameterNames { get; } = ["lambda_a", "lambda_b"];

        public int Rows => 2;

        public double Customers => 2d;

        public int DefaultStarts => 1;

        public bool HasGradient => gradient;

        public void InitialGuess(Span<double> parameters) => parameters.Fill(1d);

        public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> grad)
        {
            if (!grad.IsEmpty)
            {
                grad[0] = (countA / parameters[0]) - exposureA;
                grad[1] = (countB / parameters[1]) - exposureB;
            }

            return (countA * Math.Log(parameters[0])) - (parameters[0] * exposureA) + (countB * Math.Log(parameters[1])) - (parameters[1] * exposureB);
        }
    }

    // A likelihood that keeps rising as p grows: the maximum is at the boundary, which the fit must report.
    private sealed class Unbounded : IWeightedLogLikelihood
    {
        public string ModelName => "unbounded";

        public IReadOnlyList<string> ParameterNames { get; } = ["p"];

        public int Rows => 1;

        public double Customers => 1d;

        public int DefaultStarts => 1;

        public bool HasGradient => true;

        public void InitialGuess(Span<double> parameters) => parameters[0] = 1d;

        public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> grad)
        {
            if (!grad.IsEmpty)
            {
                grad[0] = 1d / (parameters[0] * parameters[0]);
            }

            return -1d / parameters[0];
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fit_recovers_closed_form_estimates_and_standard_errors(bool analyticGradient)
    {
        var fit = MaximumLikelihood.Fit(new TwoPoissonRates(30, 12, 5, 40, analyticGradient));

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(2.5, fit["lambda_a"], 1e-6);
        Assert.Equal(0.125, fit["lambda_b"], 1e-6);
        Assert.Equal(Math.Sqrt(2.5 / 12), fit.StandardError("lambda_a")!.Value, 1e-4);
        Assert.Equal(Math.Sqrt(0.125 / 40), fit.StandardError("lambda_b")!.Value, 1e-4);
        Assert.Null(fit.StandardErrorsUnavailableReason);
        var expectedLl = (30 * Math.Log(2.5)) - 30 + (5 * Math.Log(0.125)) - 5;
        Assert.Equal(expectedLl, fit.LogLikelihood, 1e-8);
        Assert.Equal(2, fit.Rows);
        Assert.Equal(2d, fit.Customers);
        Assert.Equal(["lambda_a", "lambda_b"], fit.Parameters.Select(p => p.Name));
    }

    [Fact]
    public void Fit_with_several_starts_reaches_the_same_optimum()
    {
        var fit = MaximumLikelihood.Fit(new TwoPoissonRates(30, 12, 5, 40, true), new ClvFitOptions { Starts = 5 });

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(2.5, fit["lambda_a"], 1e-6);
    }

    [Fact]
    public void A_maximum_at_the_boundary_is_reported_as_not_converged()
    {
        var fit = MaximumLikelihood.Fit(new Unbounded(), new ClvFitOptions { MaxIterations = 200 });

        Assert.False(fit.Converged);
        Assert.Contains("parameter p", fit.Message, StringComparison.Ordinal);
        Assert.Contains("boundary", fit.Message, StringComparison.Ordinal);
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Theory]
    [InlineData(0d, 100, null)]
    [InlineData(double.NaN, 100, null)]
    [InlineData(0.5d, 100, null)]
    [InlineData(1e-8, 0, null)]
    [InlineData(1e-8, 100, 0)]
    [InlineData(1e-8, 100, 101)]
    public void Invalid_fit_options_are_rejected(double tolerance, int maxIterations, int? starts)
    {
        var options = new ClvFitOptions { Tolerance = tolerance, MaxIterations = maxIterations, Starts = starts };

        Assert.Throws<ArgumentException>("options", () => MaximumLikelihood.Fit(new TwoPoissonRates(1, 1, 1, 1, true), options));
    }

    [Fact]
    public void Fit_result_rejects_unknown_names_and_bad_values()
    {
        var fit = new ClvModelFit("m", [new ClvParameter("a", 1d, 0.1d)], -1d, 3, true, "ok", 1, 1d);

        Assert.Throws<ArgumentException>("name", () => fit["b"]);
        Assert.Throws<ArgumentException>("parameters", () => new ClvModelFit("m", [new ClvParameter("a", 1d, null), new ClvParameter("a", 2d, null)], -1d, 3, true, "ok", 1, 1d));
        Assert.Throws<ArgumentException>("parameters", () => new ClvModelFit("m", [new ClvParameter("a", double.NaN, null)], -1d, 3, true, "ok", 1, 1d));
        Assert.Throws<ArgumentOutOfRangeException>("logLikelihood", () => new ClvModelFit("m", [new ClvParameter("a", 1d, null)], double.NegativeInfinity, 3, true, "ok", 1, 1d));
        Assert.Equal("Standard errors were not computed.", new ClvModelFit("m", [new ClvParameter("a", 1d, null)], -1d, 3, true, "ok", 1, 1d).StandardErrorsUnavailableReason);
    }
}
