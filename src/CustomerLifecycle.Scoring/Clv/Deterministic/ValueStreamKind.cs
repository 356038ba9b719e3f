namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>Where a customer's value comes from: the value streams of after-sales CLV in one after-sales network's practice (see docs/concepts/deterministic-clv.md).</summary>
public enum ValueStreamKind
{
    /// <summary>Scheduled maintenance (one after-sales network: 4 × ¥1,500).</summary>
    Maintenance = 0,

    /// <summary>Value-added services such as paint-protection film (one after-sales network: ¥3,800).</summary>
    ValueAddedService = 1,

    /// <summary>Extended warranty (one after-sales network: ¥8,800).</summary>
    ExtendedWarranty = 2,

    /// <summary>Parts and accessories (one after-sales network: ¥2,400).</summary>
    Parts = 3,

    /// <summary>Repairs.</summary>
    Repair = 4,

    /// <summary>The customer's own next car (repurchase or upgrade).</summary>
    Repurchase = 5,

    /// <summary>Family members' cars and their service: the "family value matrix" (one after-sales network: parents, ¥18,000 of service).</summary>
    Family = 6,

    /// <summary>Friends' purchases the customer referred (one after-sales network: 2 friends, ¥12,000).</summary>
    Referral = 7,

    /// <summary>Anything else.</summary>
    Other = 8,
}
