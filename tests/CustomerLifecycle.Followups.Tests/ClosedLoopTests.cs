using CustomerLifecycle.Core;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

// DOMAIN.md §3: detractors (≤ 6) get a closed-loop recovery contact; PRIOR_ART.md §2.3 for the passive and promoter paths.
public class ClosedLoopTests
{
    private static readonly FollowupPlanner Planner = new(new CadenceOptions { Steps = [.. Cadences.ClosedLoop()] });

    private static FollowupPlan Answered(int score) =>
        Planner.Plan([FollowupEvent.Survey(Customer, Cn(3, 4, 14), LikelihoodScore.From(score))], China(), Cn(3, 5, 0));

    [Theory]
    [InlineData(0, Cadences.DetractorRecovery)]
    [InlineData(6, Cadences.DetractorRecovery)]
    [InlineData(7, Cadences.PassiveFollowUp)]
    [InlineData(8, Cadences.PassiveFollowUp)]
    [InlineData(9, Cadences.PromoterThanks)]
    [InlineData(10, Cadences.PromoterThanks)]
    public void Each_score_takes_exactly_one_path(int score, string step) =>
        Assert.Equal(step, Assert.Single(Answered(score).Tasks).Step);

    [Fact]
    public void A_detractor_gets_a_mandatory_recovery_call_with_deadline_and_escalation()
    {
        var task = Answered(5).Task(Cadences.DetractorRecovery);
        Assert.Equal(Cn(3, 4, 14), task.Due);
        Assert.True(task.Mandatory);
        Assert.Equal(ContactChannel.Phone, task.Channel);
        Assert.Equal(Cn(3, 6, 14), task.Deadline);
        Assert.Equal(Cn(3, 5, 14), task.EscalateAt);
        Assert.Equal("survey score 5 at 2026-03-04 14:00", task.Reason);
    }

    [Fact]
    public void Passive_and_promoter_paths_are_later_and_optional()
    {
        var passive = Answered(7).Task(Cadences.PassiveFollowUp);
        Assert.Equal(Cn(3, 9, 9), passive.Due); // +3 days is Saturday: business hours → Monday 09:00
        Assert.False(passive.Mandatory);
        Assert.Equal(Cn(3, 6, 14), Answered(10).Task(Cadences.PromoterThanks).Due);
    }

    [Fact]
    public void The_passive_path_can_be_switched_to_a_call()
    {
        var steps = Cadences.ClosedLoop().Select(s => s.Name == Cadences.PassiveFollowUp ? s.With(channel: ContactChannel.Phone, offset: StepOffset.Elapsed(Duration.FromHours(2))) : s).ToList();
        var plan = new FollowupPlanner(new CadenceOptions { Steps = steps })
            .Plan([FollowupEvent.Survey(Customer, Cn(3, 4, 14), LikelihoodScore.From(8))], China(), Cn(3, 5, 0));
        Assert.Equal(ContactChannel.Phone, plan.Task(Cadences.PassiveFollowUp).Channel);
        Assert.Equal(Cn(3, 4, 16), plan.Task(Cadences.PassiveFollowUp).Due);
    }
}
