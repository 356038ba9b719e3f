using System.Text.Json.Serialization;
using CustomerLifecycle.Cli.Commands.Clv;
using CustomerLifecycle.Cli.Commands.Followups;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Cli.Commands.Scorecard;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// Compile-time JSON metadata of every <c>--json</c> document (a native build has no reflection-based serialiser): the
/// document types handed to <see cref="CliJson.Serialize"/>, and the run-time types of members declared as
/// <see cref="object"/> (a scorecard's details, the prediction rows, the values of the optional prediction columns, and
/// the standard errors of a covariate fit, whose <c>covariates</c> entry is a block of coefficients). Names, casing and
/// number formats come from <see cref="CliJson.Options"/>, as before.
/// </summary>
[JsonSerializable(typeof(ClvFitJson))]
[JsonSerializable(typeof(ClvFitCovariatesJson))]
[JsonSerializable(typeof(ClvCovariateBlocks<double?>))]
[JsonSerializable(typeof(ClvSummarizeJson))]
[JsonSerializable(typeof(ClvPredictJson))]
[JsonSerializable(typeof(ClvDiagnoseJson))]
[JsonSerializable(typeof(ClvDiagnoseDiscreteJson))]
[JsonSerializable(typeof(DiscretePredictionJson))]
[JsonSerializable(typeof(CohortPredictionJson))]
[JsonSerializable(typeof(ContinuousPredictionJson))]
[JsonSerializable(typeof(NpsReportJson))]
[JsonSerializable(typeof(NpsComparisonJson))]
[JsonSerializable(typeof(PlanJson))]
[JsonSerializable(typeof(ComplianceJson))]
[JsonSerializable(typeof(BriefsJson))]
[JsonSerializable(typeof(ScorecardOutputJson))]
[JsonSerializable(typeof(LifecycleDetailsJson))]
[JsonSerializable(typeof(ValueDetailsJson))]
[JsonSerializable(typeof(FunnelDetailsJson))]
[JsonSerializable(typeof(FlywheelDetailsJson))]
[JsonSerializable(typeof(QualityDetailsJson))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
