using System.ComponentModel;

namespace SdkGen.Runtime.Internal;

/// <summary>
/// How a structured value (an object, a map, an array of objects, untyped JSON) becomes fields of an
/// <c>application/x-www-form-urlencoded</c> body, after the OpenAPI 3 <c>encoding</c> object. Primitives are always
/// sent as their text and <see langword="null"/> is never sent. Used by generated code; not a stable API.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public enum FormStyle
{
    /// <summary>
    /// No <c>style</c>, <c>explode</c> or <c>contentType</c> given, so OpenAPI's defaults by shape: an object is its JSON
    /// text (<c>contentType</c> defaults to <c>application/json</c>), an array repeats the field once per item
    /// (<c>explode</c> defaults to true), each item by the same rule.
    /// </summary>
    Default = 0,

    /// <summary><c>contentType: application/json</c>: the whole value is one field holding its JSON text.</summary>
    Json = 1,

    /// <summary><c>style: form</c>, <c>explode: true</c>: an object's properties become fields of their own (<c>a=1&amp;b=2</c>); an array repeats the field.</summary>
    Form = 2,

    /// <summary><c>style: form</c>, <c>explode: false</c>: one field, comma-separated (<c>f=a,1,b,2</c> for an object, <c>f=x,y</c> for an array).</summary>
    FormUnexploded = 3,

    /// <summary><c>style: deepObject</c>: <c>f[a]=1&amp;f[b][c]=2</c>; arrays inside are indexed, <c>f[list][0]=x</c> (the qs and Stripe convention; OpenAPI leaves nesting undefined).</summary>
    DeepObject = 4,

    /// <summary><c>style: spaceDelimited</c>: one field, items separated by spaces.</summary>
    SpaceDelimited = 5,

    /// <summary><c>style: pipeDelimited</c>: one field, items separated by <c>|</c>.</summary>
    PipeDelimited = 6,
}
