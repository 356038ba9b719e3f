namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>Where a customer's value comes from: the value streams of seed 004's after-sales CLV.</summary>
public enum ValueStreamKind
{
    /// <summary>Scheduled maintenance (seed 004: 4 × ¥1,500).</summary>
    Maintenance = 0,

    /// <summary>Value-added services such as paint-protection film (seed 004: ¥3,800).</summary>
    ValueAddedService = 1,

    /// <summary>Extended warranty (seed 004: ¥8,800).</summary>
    ExtendedWarranty = 2,

    /// <summary>Parts and accessories (seed 004: ¥2,400).</summary>
    Parts = 3,

    /// <summary>Repairs.</summary>
    Repair = 4,

    /// <summary>The customer's own next car (repurchase or upgrade).</summary>
    Repurchase = 5,

    /// <summary>Family members' cars and their service: the "family value matrix" (seed 004: parents, ¥18,000 of service).</summary>
    Family = 6,

    /// <summary>Friends' purchases the customer referred (seed 004: 2 friends, ¥12,000).</summary>
    Referral = 7,

    /// <summary>Anything else.</summary>
    Other = 8,
}
