using System.Reflection;
using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scorecards.Tests;

/// <summary>Architecture rules from DESIGN.md and STYLE.md, checked by reflection over the shipped assemblies.</summary>
public class ConventionTests
{
    private static readonly Assembly Core = typeof(CustomerId).Assembly;
    private static readonly Assembly Scoring = typeof(NpsTally).Assembly;
    private static readonly Assembly Followups = Assembly.Load("CustomerLifecycle.Followups");
    private static readonly Assembly Scorecards = Assembly.Load("CustomerLifecycle.Scorecards");

    public static TheoryData<string> Libraries() => ["CustomerLifecycle.Core", "CustomerLifecycle.Scoring", "CustomerLifecycle.Followups", "CustomerLifecycle.Scorecards"];

    [Theory]
    [InlineData("CustomerLifecycle.Core", new string[0])]
    [InlineData("CustomerLifecycle.Scoring", new[] { "CustomerLifecycle.Core" })]
    [InlineData("CustomerLifecycle.Followups", new[] { "CustomerLifecycle.Core" })]
    [InlineData("CustomerLifecycle.Scorecards", new[] { "CustomerLifecycle.Core", "CustomerLifecycle.Scoring" })]
    public void Layers_reference_only_the_layers_below(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("CustomerLifecycle", StringComparison.Ordinal));
        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void No_public_setter_outside_options_types(string assembly)
    {
        var offenders = Assembly.Load(assembly).GetExportedTypes()
            .Where(t => !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                .Select(p => $"{t.FullName}.{p.Name}"));
        Assert.Empty(offenders);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Only_the_dependency_injection_namespace_exposes_microsoft_extensions_types(string assembly)
    {
        var offenders = Assembly.Load(assembly).GetExportedTypes()
            .Where(t => t.Namespace != "CustomerLifecycle.DependencyInjection")
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => SignatureTypes(m).Any(x => x.Namespace?.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) == true))
                .Select(m => $"{t.FullName}.{m.Name}"));
        Assert.Empty(offenders);
    }

    public static TheoryData<string> ResultTypes() =>
    [
        "CustomerLifecycle.Scoring.Nps.NpsEstimate, CustomerLifecycle.Scoring",
        "CustomerLifecycle.Scoring.Nps.NpsComparison, CustomerLifecycle.Scoring",
        "CustomerLifecycle.Scoring.Nps.NpsTrend, CustomerLifecycle.Scoring",
        "CustomerLifecycle.Scoring.Nps.NpsTrendPoint, CustomerLifecycle.Scoring",
        "CustomerLifecycle.Scoring.Nps.NpsSegment`1, CustomerLifecycle.Scoring",
        "CustomerLifecycle.Scoring.Nps.ScaleScoreSummary, CustomerLifecycle.Scoring",
        "CustomerLifecycle.Followups.Compliance.ComplianceReport, CustomerLifecycle.Followups",
        "CustomerLifecycle.Followups.Compliance.ComplianceRate, CustomerLifecycle.Followups",
        "CustomerLifecycle.Followups.Compliance.TaskCompliance, CustomerLifecycle.Followups",
        "CustomerLifecycle.Followups.Compliance.RejectedCompletion, CustomerLifecycle.Followups",
        "CustomerLifecycle.Followups.MovedTask, CustomerLifecycle.Followups",
        "CustomerLifecycle.Followups.PlanDiff, CustomerLifecycle.Followups",
        "CustomerLifecycle.Scorecards.Band, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.BandedMetric, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Experience.PeakEndScore, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Flywheel.FlywheelPoint, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Funnel.FunnelReport, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Funnel.FunnelStageResult, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Funnel.FunnelTally, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Funnel.FunnelWhatIf, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Lifecycle.LifecycleHealthAssessment, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Quality.QualitySignal, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Trust.TrustPoint, CustomerLifecycle.Scorecards",
        "CustomerLifecycle.Scorecards.Value.ReferralRoi, CustomerLifecycle.Scorecards",
    ];

    /// <summary>Outputs of the library keep their shape free to grow: callers read them, only the library builds them.</summary>
    [Theory]
    [MemberData(nameof(ResultTypes))]
    public void Result_types_have_no_public_constructor_or_setter(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;
        Assert.True(type.IsPublic, $"{type} is not public.");
        Assert.DoesNotContain(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance), c => c.GetParameters().Length > 0);
        Assert.DoesNotContain(type.GetProperties(BindingFlags.Public | BindingFlags.Instance), p => p.SetMethod is { IsPublic: true });
    }

    [Fact]
    public void Library_assemblies_are_all_loaded() =>
        Assert.All(new[] { Core, Scoring, Followups, Scorecards }, a => Assert.NotNull(a));

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    private static IEnumerable<Type> SignatureTypes(MemberInfo member) => member switch
    {
        MethodBase m => m.GetParameters().Select(p => p.ParameterType).Concat(m is MethodInfo mi ? [mi.ReturnType] : []),
        PropertyInfo p => [p.PropertyType],
        FieldInfo f => [f.FieldType],
        _ => [],
    };
}
