using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SdkGen.Generator.Model;

/// <summary>A place in a spec file, kept as plain values so it can live in the incremental cache.</summary>
internal sealed record LocationInfo(string FilePath, int Offset, int Length, int Line, int Column)
{
    public Location ToLocation()
    {
        var start = new LinePosition(Line, Column);
        var end = new LinePosition(Line, Column + Length);
        return Location.Create(FilePath, new TextSpan(Offset, Length), new LinePositionSpan(start, end));
    }
}
