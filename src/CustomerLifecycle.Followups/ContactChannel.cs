namespace CustomerLifecycle.Followups;

/// <summary>How a follow-up reaches the customer.</summary>
/// <remarks>Quiet hours and holiday rules of a <see cref="Calendar.ContactCalendar"/> are set per channel.</remarks>
public enum ContactChannel
{
    /// <summary>A push notification or in-app message in the service app (e.g. the +4 h survey).</summary>
    AppPush = 0,

    /// <summary>A text message (e.g. the reminder one day before the appointment).</summary>
    Sms = 1,

    /// <summary>A phone call by the advisor (e.g. the +24 h callback).</summary>
    Phone = 2,

    /// <summary>A chat message, WeChat or similar, including voice messages (e.g. the +48 h voice message).</summary>
    Message = 3,

    /// <summary>Face to face at the service centre or at the customer's place.</summary>
    InPerson = 4,
}
