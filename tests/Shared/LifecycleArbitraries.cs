using CustomerLifecycle.Core;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerLifecycle.Tests.Shared;

/// <summary>FsCheck generators built on the validating factories, shared by every test project.</summary>
public static class LifecycleArbitraries
{
    public static Arbitrary<LikelihoodScore> Scores() =>
        Gen.Choose(0, 10).Select(LikelihoodScore.From).ToArbitrary();

    public static Arbitrary<Fraction> Fractions() =>
        Gen.Choose(0, 1_000_000).Select(i => Fraction.From(i / 1_000_000d)).ToArbitrary();

    public static Arbitrary<CustomerId> CustomerIds() =>
        Gen.Choose(1, 1_000_000).Select(i => CustomerId.From("c" + i)).ToArbitrary();
}
