namespace SdkGen.Recording;

/// <summary>The recording operations, as named in logs and exceptions.</summary>
public enum RecordingOperation
{
    /// <summary>Pause the recording.</summary>
    Pause,

    /// <summary>Resume a paused recording.</summary>
    Resume,

    /// <summary>Stop the recording.</summary>
    Stop,

    /// <summary>Start recording again.</summary>
    Start,
}
