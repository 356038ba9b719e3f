namespace CustomerLifecycle.Scorecards;

/// <summary>The band keys the scorecard tables use (优秀 / 良好 / 及格·合格 / 危险); each has an en and zh-CN name in the resources.</summary>
public static class BandKeys
{
    /// <summary>"excellent" (优秀): the best band of every scorecard table.</summary>
    public const string Excellent = "excellent";

    /// <summary>"good" (良好): second band of the four-band lifecycle health table.</summary>
    public const string Good = "good";

    /// <summary>"pass" (合格 / 及格): acceptable, not yet good.</summary>
    public const string Pass = "pass";

    /// <summary>"danger" (危险): the worst band; act now.</summary>
    public const string Danger = "danger";
}
