namespace SdkGen.Recording.Twilio;

/// <summary>Special values for the recording <c>Sid</c> of <see cref="TwilioClient.UpdateCallRecordingAsync"/>.</summary>
public static class TwilioRecordingSid
{
    /// <summary>
    /// <c>Twilio.CURRENT</c>: the call's single active recording. Twilio answers error 16108 when the call has
    /// more than one active recording; pass the recording's <c>RE…</c> SID then.
    /// </summary>
    public const string Current = "Twilio.CURRENT";
}
