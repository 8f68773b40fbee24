namespace SdkGen.Generator.Model;

/// <summary>The accessibility of every generated type (<c>SdkGenVisibility</c>).</summary>
internal enum TypeVisibility
{
    /// <summary><c>public</c>, the default: the generated client is part of the project's API.</summary>
    Public,

    /// <summary><c>internal</c>: the client stays an implementation detail of the project.</summary>
    Internal,
}
