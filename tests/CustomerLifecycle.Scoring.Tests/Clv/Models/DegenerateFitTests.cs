using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class DegenerateFitTests
{
    public static TheoryData<CustomerSummary[]> TooLittleData => new()
    {
        { [new CustomerSummary(2, 1, 4)] },
        { [new CustomerSummary(0, 0, 10), new CustomerSummary(0, 0, 12)] },
        { [new CustomerSummary(5, 5, 5, weight: 1000)] },
    };

    [Theory]
    [MemberData(nameof(TooLittleData))]
    public void A_fit_on_data_that_cannot_identify_the_parameters_returns_a_finite_result_that_says_so(CustomerSummary[] rows)
    {
        foreach (var fit in new ClvModelFit[] { BgNbdModel.Fit(rows), MbgNbdModel.Fit(rows), ParetoNbdModel.Fit(rows) })
        {
            Assert.All(fit.Parameters, p => Assert.True(double.IsFinite(p.Value), $"{fit.Model} {p.Name} = {p.Value}"));
            Assert.All(fit.Parameters, p => Assert.True(p.StandardError is null || double.IsFinite(p.StandardError.Value)));
            Assert.True(double.IsFinite(fit.LogLikelihood));
            if (fit.Converged)
            {
                Assert.All(fit.Parameters, p => Assert.NotNull(p.StandardError));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(fit.Message));
            }
        }
    }
}
