using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

/// <summary>P(X(T, T+t) = n | x, t_x, T) for the continuous-time models, checked against their conditional expectations.</summary>
public class ConditionalCountTests
{
    public static TheoryData<string, int, double, double, double> Customers()
    {
        var data = new TheoryData<string, int, double, double, double>();
        foreach (var model in new[] { "bg-nbd", "mbg-nbd", "pareto-nbd" })
        {
            data.Add(model, 0, 0, 38.86, 39); // never came back
            data.Add(model, 2, 30.43, 38.86, 39); // CDNOW customer 1
            data.Add(model, 7, 35, 38, 52); // a regular still buying
            data.Add(model, 5, 3, 38, 26); // bought early, silent since
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Customers))]
    public void Conditional_count_probabilities_sum_to_one_and_average_to_the_conditional_expectation(string name, int x, double tx, double T, double t)
    {
        var model = Model(name);
        double total = 0, mean = 0;
        for (var n = 0; n < 400; n++)
        {
            var p = model.ConditionalProbabilityOfTransactions(n, t, x, tx, T);
            Assert.InRange(p, 0d, 1d);
            total += p;
            mean += n * p;
        }

        Assert.Equal(1d, total, 1e-7);
        Assert.Equal(model.ConditionalExpectedTransactions(t, x, tx, T), mean, 1e-6);
    }

    [Theory]
    [InlineData("bg-nbd")]
    [InlineData("mbg-nbd")]
    [InlineData("pareto-nbd")]
    public void Nothing_happens_in_no_time_and_a_surely_dead_customer_buys_nothing_more(string name)
    {
        var model = Model(name);
        Assert.Equal(1d, model.ConditionalProbabilityOfTransactions(0, 0, 2, 30.43, 38.86));
        Assert.Equal(0d, model.ConditionalProbabilityOfTransactions(1, 0, 2, 30.43, 38.86));

        // P(X* = 0) is at least the probability of being dead already, 1 − P(alive).
        var deadAlready = 1d - model.ProbabilityAlive(5, 3, 38);
        Assert.True(model.ConditionalProbabilityOfTransactions(0, 39, 5, 3, 38) >= deadAlready);
    }

    [Fact]
    public void Conditional_count_probability_refuses_bad_arguments()
    {
        var model = Model("bg-nbd");
        Assert.Throws<ArgumentOutOfRangeException>("n", () => model.ConditionalProbabilityOfTransactions(-1, 1, 0, 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => model.ConditionalProbabilityOfTransactions(0, double.NaN, 0, 0, 1));
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => model.ConditionalProbabilityOfTransactions(0, 1, 2, 5, 4));
    }

    private static IRepeatTransactionModel Model(string name) => name switch
    {
        "bg-nbd" => new BgNbdModel(0.243, 4.414, 0.793, 2.426),
        "mbg-nbd" => new MbgNbdModel(0.525, 6.183, 0.891, 1.614),
        _ => new ParetoNbdModel(0.553, 10.578, 0.606, 11.669),
    };
}
