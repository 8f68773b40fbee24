using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SdkGen.Generator.Model;

/// <summary>A place in a spec file, kept as plain values so it can live in the incremental cache.</summary>
/// <param name="FilePath">The spec file's path, as the compiler gave it.</param>
/// <param name="Offset">Where the place starts, in characters from the start of the text.</param>
/// <param name="Length">How many characters it spans.</param>
/// <param name="Line">Its zero-based line.</param>
/// <param name="Column">Its zero-based column on that line.</param>
internal sealed record LocationInfo(string FilePath, int Offset, int Length, int Line, int Column)
{
    public Location ToLocation()
    {
        var start = new LinePosition(Line, Column);
        var end = new LinePosition(Line, Column + Length);
        return Location.Create(FilePath, new TextSpan(Offset, Length), new LinePositionSpan(start, end));
    }
}
