using CustomerLifecycle.Core.Events;
using NodaTime;

namespace CustomerLifecycle.Core.Tests.Boundaries;

public class EventBoundaryTests
{
    private static readonly CustomerId Customer = CustomerId.From("c1");
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 2, 0);

    [Fact]
    public void Appointment_booked_at_its_start_keeps_every_field()
    {
        var a = new Appointment("a1", Customer, T0, T0, T0 + Duration.FromMinutes(1));
        Assert.Equal("a1", a.AppointmentId);
        Assert.Equal(Customer, a.Customer);
        Assert.Equal(T0, a.BookedAt);
        Assert.Equal(T0, a.Start);
        Assert.Equal(T0 + Duration.FromMinutes(1), a.End);
        Assert.Equal(Duration.Zero, a.LeadTime);
    }

    [Fact]
    public void Appointment_ending_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>("end", () => new Appointment("a1", Customer, T0, T0, T0 - Duration.FromMinutes(1)));

    [Fact]
    public void Appointment_needs_an_id_and_a_customer()
    {
        Assert.Throws<ArgumentException>("appointmentId", () => new Appointment(" ", Customer, T0, T0, T0 + Duration.FromHours(1)));
        Assert.Throws<ArgumentException>("customer", () => new Appointment("a1", default, T0, T0, T0 + Duration.FromHours(1)));
    }

    [Fact]
    public void Visit_completed_the_moment_it_started_lasts_nothing()
    {
        var revenue = Money.From(100m, "CNY");
        var v = new ServiceVisit(Customer, T0, T0, isFirstVisit: true, visitId: "v7", revenue: revenue);
        Assert.Equal(Duration.Zero, v.Duration);
        Assert.Equal(Customer, v.Customer);
        Assert.Equal(T0, v.StartedAt);
        Assert.Equal(T0, v.CompletedAt);
        Assert.True(v.IsFirstVisit);
        Assert.Equal("v7", v.VisitId);
        Assert.Equal(revenue, v.Revenue);
    }

    [Fact]
    public void Visit_duration_is_completion_minus_start() =>
        Assert.Equal(Duration.FromMinutes(90), new ServiceVisit(Customer, T0, T0 + Duration.FromMinutes(90)).Duration);

    [Fact]
    public void Visit_needs_a_customer() =>
        Assert.Throws<ArgumentException>("customer", () => new ServiceVisit(default, T0, T0));

    [Fact]
    public void Touchpoint_of_100_characters_is_kept_and_of_101_refused()
    {
        Assert.Equal(100, new SurveyResponse(LikelihoodScore.From(9), touchpoint: new string('t', 100)).Touchpoint!.Length);
        var e = Assert.Throws<ArgumentException>("touchpoint", () => new SurveyResponse(LikelihoodScore.From(9), touchpoint: new string('t', 101)));
        Assert.Contains("got 101", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_touchpoint_is_no_touchpoint() =>
        Assert.Null(new SurveyResponse(LikelihoodScore.From(9), touchpoint: "   ").Touchpoint);

    [Fact]
    public void Survey_response_keeps_every_field_and_a_zero_weight()
    {
        var r = new SurveyResponse(LikelihoodScore.From(3), Customer, T0, "web", isFirstVisit: true, weight: 0d);
        Assert.Equal(Customer, r.Customer);
        Assert.Equal(T0, r.RespondedAt);
        Assert.Equal(3, r.Score.Value);
        Assert.True(r.IsFirstVisit);
        Assert.Equal(0d, r.Weight);
        Assert.Equal(NpsCategory.Detractor, r.Category);
        Assert.Equal(1d, new SurveyResponse(LikelihoodScore.From(3)).Weight);
    }

    [Fact]
    public void Survey_weight_message_names_the_value() =>
        Assert.Contains("got -0.5", Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyResponse(LikelihoodScore.From(3), weight: -0.5)).Message, StringComparison.Ordinal);

    [Fact]
    public void Transaction_of_zero_is_accepted_with_its_fields()
    {
        var t = new Transaction(Customer, T0, Money.Zero("CNY"));
        Assert.Equal(Customer, t.Customer);
        Assert.Equal(T0, t.At);
        Assert.Equal(Money.Zero("CNY"), t.Amount);
        Assert.Throws<ArgumentException>("customer", () => new Transaction(default, T0, Money.Zero("CNY")));
    }
}
