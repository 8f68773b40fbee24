namespace SdkGen.Recording;

/// <summary>The state of a call recording, the same words for every vendor.</summary>
public enum RecordingState
{
    /// <summary>The vendor reported a state this SDK does not know, or did not report one.</summary>
    Unknown = 0,

    /// <summary>Audio is being recorded.</summary>
    Recording,

    /// <summary>Recording is paused (for example while a card number is read out).</summary>
    Paused,

    /// <summary>Recording has ended for this call (it can only be started again where the vendor allows it).</summary>
    Stopped,
}
