using System.Text.Json.Nodes;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Models;

public sealed class FittedModelJsonTests
{
    private static readonly ClvModelFit BgNbd = new(
        "bg-nbd",
        [new("r", 0.2426, 0.0125), new("alpha", 4.4136, 0.3784), new("a", 0.7929, 0.1858), new("b", 2.4259, 0.7059)],
        -9582.43,
        23,
        true,
        "gradient below tolerance",
        1373,
        2357)
    { Data = new ClvDataFingerprint(1373, 2357, 2459, 75150.6) };

    public static Arbitrary<(string Model, Dictionary<string, double> Parameters, int Seed)> Fits() =>
        (from model in Gen.Elements(ClvModels.Names.ToArray())
         from values in Gen.Choose(1, 1_000_000).ArrayOf(ClvModels.ParameterNames(model).Count)
         from seed in Gen.Choose(0, int.MaxValue)
         select (model, ClvModels.ParameterNames(model).Zip(values, (n, v) => (n, v / 1000d)).ToDictionary(p => p.n, p => p.Item2), seed)).ToArbitrary();

    [Property(Arbitrary = [typeof(FittedModelJsonTests)], MaxTest = 60)]
    public bool Any_order_of_the_keys_and_any_unknown_fields_read_back_as_the_same_model((string Model, Dictionary<string, double> Parameters, int Seed) fit)
    {
        var random = new Random(fit.Seed);
        var json = new JsonObject();
        var parameters = new JsonObject();
        foreach (var (name, value) in fit.Parameters.OrderBy(_ => random.Next()))
        {
            parameters[name] = value;
        }

        var fields = new List<(string, JsonNode?)>
        {
            ("model", fit.Model), ("parameters", parameters), ("log_likelihood", -12.5), ("converged", true),
            ("format_version", 1), ("time_unit", "week"), ("file", "x.csv"), ("rejected", new JsonArray()), ("future", new JsonObject { ["a"] = 1 }),
        };
        foreach (var (name, value) in fields.OrderBy(_ => random.Next()))
        {
            json[name] = value;
        }

        var model = FittedModelJson.Read(json.ToJsonString()).ToModel(unitOfData: PeriodUnit.Week);

        return model.Name == fit.Model
            && model.Parameters.Select(p => p.Name).SequenceEqual(ClvModels.ParameterNames(fit.Model))
            && model.Parameters.All(p => p.Value == fit.Parameters[p.Name]);
    }

    [Fact]
    public void A_written_fit_reads_back_with_every_field()
    {
        var document = FittedModelJson.Read(FittedModelJson.Write(FittedModelDocument.From(BgNbd, PeriodUnit.Week)));

        Assert.Equal(FittedModelJson.FormatVersion, document.FormatVersion);
        Assert.Equal("bg-nbd", document.Model);
        Assert.Equal(0.2426, document.Parameters["r"]);
        Assert.Equal(0.7059, document.StandardErrors["b"]);
        Assert.Equal(-9582.43, document.LogLikelihood);
        Assert.True(document.Converged);
        Assert.Equal(23, document.Iterations);
        Assert.Equal(PeriodUnit.Week, document.TimeUnit);
        Assert.Equal(BgNbd.Data, document.Data);
        Assert.Equal(BgNbd.Parameters, document.ToFit().Parameters);
        Assert.Equal(BgNbd.Parameters.Select(p => p.Value), ((BgNbdModel)document.ToModel()).Parameters.Select(p => p.Value));
    }

    [Theory]
    [InlineData("""{"model":"bg-nbd","parameters":{"r":1,"alpha":1,"a":1},"log_likelihood":-1,"converged":true}""", FittedModelProblem.Parameters, "parameter \"b\" is missing")]
    [InlineData("""{"model":"bg-nbd","parameters":{"r":1,"alpha":1,"a":1,"b":1,"s":2},"log_likelihood":-1,"converged":true}""", FittedModelProblem.Parameters, "has no parameter \"s\"")]
    [InlineData("""{"model":"nbd","parameters":{"r":1},"log_likelihood":-1,"converged":true}""", FittedModelProblem.Parameters, "Unknown model 'nbd'")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":-1,"beta":1},"log_likelihood":-1,"converged":true}""", FittedModelProblem.Parameters, "alpha must be a finite number > 0")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":false,"message":"stopped after 2 iterations"}""", FittedModelProblem.NotConverged, "stopped after 2 iterations")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":true,"time_unit":"day"}""", FittedModelProblem.UnitMismatch, "fitted in days but the summaries are in weeks")]
    public void A_document_that_does_not_make_a_usable_model_says_why(string json, FittedModelProblem problem, string message)
    {
        var ex = Assert.Throws<FittedModelException>(() => FittedModelJson.Read(json).ToModel(unitOfData: PeriodUnit.Week));

        Assert.Equal(problem, ex.Problem);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[]", "not a JSON object")]
    [InlineData("""{"parameters":{"r":1}}""", "no \"model\" string")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":"1","beta":1},"log_likelihood":-1,"converged":true}""", "\"parameters.alpha\" is not a finite number")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":1,"alpha":2},"log_likelihood":-1,"converged":true}""", "names \"alpha\" twice")]
    [InlineData("""{"format_version":2,"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":true}""", "format version 2")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":"yes"}""", "\"converged\" is not true or false")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":true,"time_unit":"year"}""", "\"time_unit\" is not")]
    [InlineData("""{"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":true,"data":{"rows":1}}""", "\"data\" has no \"customers\"")]
    public void Text_that_is_not_a_fitted_model_document_is_a_format_error_naming_the_field(string json, string message)
    {
        var ex = Assert.Throws<FittedModelException>(() => FittedModelJson.Read(json));

        Assert.Equal(FittedModelProblem.Format, ex.Problem);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fit_that_did_not_converge_is_used_only_with_the_opt_in()
    {
        var document = FittedModelDocument.From(new ClvModelFit("sbg", [new("alpha", 0.7, null), new("beta", 1.2, null)], -5, 2, false, "stopped", 1, 1));

        Assert.Equal(FittedModelProblem.NotConverged, Assert.Throws<FittedModelException>(() => document.ToModel()).Problem);
        Assert.Equal(0.7, ((SbgModel)document.ToModel(ClvConvergencePolicy.AllowUnconverged)).Alpha);
    }

    [Fact]
    public void A_document_of_parameters_only_is_read_as_version_1_converged_in_an_unknown_unit()
    {
        var document = FittedModelJson.Read("""{"model":"sbg","parameters":{"beta":1.2,"alpha":0.7}}""");

        Assert.Equal(1, document.FormatVersion);
        Assert.True(document.Converged);
        Assert.Null(document.LogLikelihood);
        Assert.Null(document.TimeUnit);
        Assert.Null(document.Data);
        Assert.Equal(0.7, ((SbgModel)document.ToModel(unitOfData: PeriodUnit.Day)).Alpha);
    }
}
