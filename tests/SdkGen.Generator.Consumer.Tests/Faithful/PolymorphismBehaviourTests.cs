using System.Net;
using System.Text.Json;
using Consumer.Faithful.Polymorphism;
using SdkGen.Generator.Consumer.Tests.Infrastructure;

namespace SdkGen.Generator.Consumer.Tests.Faithful;

/// <summary>
/// Class hierarchies (issue 13, polymorphism): each subtype is read from the discriminator wherever it sits and sent back
/// with it first; an unknown discriminator value is kept whole and sent back byte for byte; callers send a subtype where
/// the operation takes the base; allOf with one parent derives from it, and a subtype's serializer reuses its base's steps
/// for the inherited properties (still one pass, departures still naming the subtype).
/// </summary>
public sealed class PolymorphismBehaviourTests
{
    [Theory]
    [InlineData("{\"petType\":\"cat\",\"name\":\"Tom\",\"indoor\":true}", typeof(Cat))]
    [InlineData("{\"petType\":\"dog\",\"name\":\"Rex\",\"barks\":true,\"toy\":{\"label\":\"ball\"}}", typeof(Dog))]
    [InlineData("{\"petType\":\"parrot\",\"name\":\"Polly\",\"words\":[\"hi\",{\"nested\":null}]}", typeof(UnknownPet))]
    [InlineData("{\"name\":\"Nobody\"}", typeof(UnknownPet))]
    public async Task Every_pet_reads_as_its_subtype_and_goes_back_unchanged(string json, Type expected)
    {
        var (client, handler) = Create(json);

        Pet pet = await client.AddPetAsync(new Cat("first"));
        await client.AddPetAsync(pet);

        Assert.IsType(expected, pet);
        Assert.Equal(json, handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task The_discriminator_is_found_after_other_properties_and_a_second_value_of_a_subtype_reads_as_it()
    {
        var (client, handler) = Create("{\"name\":\"Rex\",\"toy\":{\"petType\":\"cat\"},\"barks\":false,\"petType\":\"puppy\"}");

        Pet pet = await client.AddPetAsync(new Cat("first"));
        await client.AddPetAsync(pet);

        Dog dog = Assert.IsType<Dog>(pet);
        Assert.Equal("Rex", dog.Name);
        Assert.False(dog.Barks);
        Assert.Equal("{\"petType\":\"dog\",\"name\":\"Rex\",\"barks\":false,\"toy\":{}}", handler.Requests[1].BodyText);
    }

    [Theory]
    [InlineData("{\"petType\":7,\"name\":\"Seven\"}", null)]
    [InlineData("{\"pet\\u0054ype\":\"cat\",\"name\":\"Escaped\"}", "cat")]
    [InlineData("{\"petType\":\"dog\",\"petType\":\"cat\",\"name\":\"Twice\",\"barks\":true}", "dog")]
    [InlineData("\"cat\"", null)]
    [InlineData("[{\"petType\":\"cat\"}]", null)]
    public async Task Hostile_discriminators_never_throw_and_nothing_is_lost(string json, string? readAs)
    {
        var (client, handler) = Create(json);

        Pet pet = await client.AddPetAsync(new Cat("first"));
        await client.AddPetAsync(pet);

        switch (readAs)
        {
            case "cat": Assert.Equal("Escaped", Assert.IsType<Cat>(pet).Name); break;
            case "dog": Assert.True(Assert.IsType<Dog>(pet).Barks); break;
            default: Assert.Equal(json, handler.Requests[1].BodyText); break;
        }
    }

    [Fact]
    public async Task An_unknown_pet_keeps_its_discriminator_and_json()
    {
        const string Parrot = "{\"petType\":\"parrot\",\"name\":\"Polly\"}";
        var (client, _) = Create(Parrot);

        UnknownPet pet = Assert.IsType<UnknownPet>(await client.AddPetAsync(new Cat("first")));

        Assert.Equal("parrot", pet.DiscriminatorValue);
        Assert.Equal(Parrot, pet.Json.GetRawText());
    }

    [Fact]
    public async Task A_caller_sends_a_subtype_where_the_operation_takes_the_base()
    {
        var (client, handler) = Create("{\"petType\":\"cat\",\"name\":\"Tom\"}");

        await client.AddPetAsync(new Dog("Rex", barks: true) { Toy = new Toy { Label = "ball" } });
        await client.AddPetAsync(new UnknownPet(JsonDocument.Parse("{\"petType\":\"parrot\",\"talks\":true}").RootElement));

        Assert.Equal("{\"petType\":\"dog\",\"name\":\"Rex\",\"barks\":true,\"toy\":{\"label\":\"ball\"}}", handler.Requests[0].BodyText);
        Assert.Equal("{\"petType\":\"parrot\",\"talks\":true}", handler.Requests[1].BodyText);
    }

    [Fact]
    public async Task A_subtype_is_validated_before_sending()
    {
        var (client, handler) = Create("{}");

        ArgumentException error = await Assert.ThrowsAnyAsync<ArgumentException>(() => client.AddPetAsync(new Cat("")));

        Assert.Equal("body", error.ParamName);
        Assert.Contains("body.Name", error.Message);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Every_shape_of_a_discriminated_allOf_parent_round_trips()
    {
        const string Drawing = "{\"shapes\":["
            + "{\"shapeType\":\"Circle\",\"label\":\"c\",\"color\":\"red\",\"radius\":1.5},"
            + "{\"shapeType\":\"Square\",\"label\":\"s\",\"side\":2},"
            + "{\"shapeType\":\"RoundedSquare\",\"label\":\"r\",\"side\":3,\"cornerRadius\":0.5},"
            + "{\"shapeType\":\"Hexagon\",\"label\":\"h\",\"color\":\"purple\",\"sides\":6}"
            + "],\"focus\":{\"label\":\"untyped\"}}";
        var (client, handler) = Create(Drawing);

        Drawing drawing = await client.ListShapesAsync();
        foreach (Shape shape in drawing.Shapes!.Append(drawing.Focus!))
        {
            await client.PutShapeAsync(shape);
        }

        Assert.Collection(
            drawing.Shapes!,
            s => Assert.Equal(1.5, Assert.IsType<Circle>(s).Radius),
            s => Assert.Equal(2, Assert.IsType<Square>(s).Side),
            s => Assert.Equal(0.5, Assert.IsType<RoundedSquare>(s).CornerRadius),
            s => Assert.Equal("Hexagon", Assert.IsType<UnknownShape>(s).DiscriminatorValue));
        Assert.Equal("h", drawing.Shapes![3].Label);
        Assert.Equal(ShapeColor.Unknown, drawing.Shapes[3].Color);
        Assert.Null(Assert.IsType<UnknownShape>(drawing.Focus).DiscriminatorValue);
        string[] sent = handler.Requests.Skip(1).Select(r => r.BodyText!).ToArray();
        Assert.Equal(
            [
                "{\"shapeType\":\"Circle\",\"label\":\"c\",\"color\":\"red\",\"radius\":1.5}",
                "{\"shapeType\":\"Square\",\"label\":\"s\",\"side\":2}",
                "{\"shapeType\":\"RoundedSquare\",\"label\":\"r\",\"side\":3,\"cornerRadius\":0.5}",
                "{\"shapeType\":\"Hexagon\",\"label\":\"h\",\"color\":\"purple\",\"sides\":6}",
                "{\"label\":\"untyped\"}",
            ],
            sent);
    }

    [Theory]
    [InlineData("{\"kind\":\"car\",\"wheels\":4,\"seats\":5}", typeof(Car))]
    [InlineData("{\"kind\":\"truck\",\"wheels\":6,\"payload\":12.5}", typeof(Truck))]
    [InlineData("{\"kind\":\"bike\",\"wheels\":2}", typeof(UnknownVehicle))]
    public async Task A_union_over_a_shared_parent_reads_as_the_parent_s_subtypes(string json, Type expected)
    {
        var (client, _) = Create(json);

        Vehicle vehicle = await client.GetVehicleAsync("v1");

        Assert.IsType(expected, vehicle);
        Assert.Equal(json.Contains("\"wheels\":6") ? 6 : json.Contains("\"wheels\":4") ? 4 : 2, vehicle.Wheels);
    }

    [Fact]
    public async Task A_subtype_keeps_its_base_s_extra_properties()
    {
        var (client, _) = Create("{\"kind\":\"car\",\"color\":\"blue\",\"wheels\":4,\"seats\":5}");

        Car car = Assert.IsType<Car>(await client.GetVehicleAsync("v1"));

        Assert.Equal(5, car.Seats);
        Assert.Equal("\"blue\"", Assert.Single(car.AdditionalProperties).Value.GetRawText());
    }

    [Fact]
    public async Task An_error_model_derived_from_a_problem_carries_its_code_and_message()
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.NotFound, "{\"code\":\"gone\",\"message\":\"No such vehicle\",\"resource\":\"v1\"}");
        var client = new PetsClient(new HttpClient(handler, disposeHandler: false), new PetsClientOptions());

        var error = await Assert.ThrowsAsync<SdkGen.Runtime.ApiException<NotFound>>(() => client.GetVehicleAsync("v1"));

        Assert.Equal("gone", error.ErrorCode);
        Assert.Contains("No such vehicle", error.Message);
        Assert.Equal("v1", error.Error!.Resource);
        Problem problem = error.Error;
        Assert.Equal("gone", problem.Code);
    }

    [Fact]
    public async Task A_subtype_is_usable_as_its_base_and_checks_the_base_s_rules()
    {
        var (client, handler) = Create("{\"name\":\"Tweety\",\"habitat\":\"air\",\"wingspan\":0.3}");
        Animal animal = new Bird("Tweety", wingspan: 0.3) { Habitat = AnimalHabitat.Air };
        Shape shape = new Circle("c", radius: 1);

        Bird bird = await client.AddBirdAsync((Bird)animal);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.PutShapeAsync(new Circle("c", radius: -1)));

        Assert.Equal("c", shape.Label);
        Assert.Equal("{\"name\":\"Tweety\",\"habitat\":\"air\",\"wingspan\":0.3}", handler.Single.BodyText);
        Assert.Equal(AnimalHabitat.Air, bird.Habitat);
        Assert.Equal(0.3, bird.Wingspan);
    }

    [Theory]
    [InlineData("{\"id\":\"e1\",\"at\":\"2024-02-29T13:05:00+01:00\",\"source\":\"mouse\",\"x\":3,\"y\":4,\"interval\":0.25,\"extra\":[1,{\"a\":null}]}")]
    [InlineData("{\"id\":\"e2\",\"source\":\"pen\",\"x\":0}")]
    public async Task A_subtype_of_a_subtype_reads_and_writes_its_inherited_properties_in_one_pass_unchanged(string json)
    {
        var (client, handler) = Create(json);

        DoubleClick click = await client.SendDoubleClickAsync(new DoubleClick("first", x: 1));
        await client.SendDoubleClickAsync(click);

        Assert.StartsWith("e", click.Id);
        Assert.Equal(json, handler.Requests[1].BodyText);
        Assert.Empty(SdkGen.Runtime.ResponseDepartures.Of(click));
    }

    [Fact]
    public async Task Every_subtype_of_a_concrete_base_keeps_its_base_s_properties_and_unknown_ones_and_departures_name_the_subtype()
    {
        const string Batch = "{\"plain\":{\"id\":\"p\",\"source\":\"keyboard\",\"more\":true},"
            + "\"scroll\":{\"delta\":-3,\"at\":\"soon\",\"id\":\"s\"},"
            + "\"key\":{\"id\":\"k\",\"key\":\"Enter\",\"note\":\"kept\"},"
            + "\"triple\":{\"x\":\"wide\",\"steady\":true,\"y\":2}}";
        var (client, handler) = Create(Batch);

        EventBatch batch = await client.SendEventBatchAsync(new EventBatch());

        Assert.Equal(EventSource.Keyboard, batch.Plain!.Source);
        Assert.True(batch.Plain.AdditionalProperties["more"].GetBoolean());
        Assert.Equal(("s", -3L, (DateTimeOffset?)null), (batch.Scroll!.Id, batch.Scroll.Delta, batch.Scroll.At));
        Assert.Equal(("k", "Enter", "\"kept\""), (batch.Key!.Id, batch.Key.Key, Assert.Single(batch.Key.AdditionalProperties).Value.GetRawText()));
        Assert.Equal((2L, true), (batch.Triple!.Y, batch.Triple.Steady));
        Assert.Equal(
            "Scroll.at: unexpected JSON \"soon\"|TripleClick.x: unexpected JSON \"wide\"|TripleClick.id: required but missing",
            string.Join("|", SdkGen.Runtime.ResponseDepartures.Of(batch)));
    }

    [Fact]
    public async Task A_subtype_checks_its_base_s_rules_and_its_own_before_sending()
    {
        var (client, handler) = Create("{}");

        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.SendClickAsync(new Click("", x: 1)));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => client.SendDoubleClickAsync(new DoubleClick("d", x: -1)));
        var triple = new TripleClick("t", x: 2) { Steady = false };
        triple.AdditionalProperties["z"] = JsonDocument.Parse("1").RootElement;
        await client.SendEventBatchAsync(new EventBatch { Triple = triple });

        Assert.Equal("{\"triple\":{\"id\":\"t\",\"x\":2,\"steady\":false,\"z\":1}}", handler.Single.BodyText);
    }

    private static (PetsClient Client, CapturingHandler Handler) Create(string response)
    {
        var handler = new CapturingHandler().Respond(HttpStatusCode.OK, response);
        return (new PetsClient(new HttpClient(handler, disposeHandler: false), new PetsClientOptions()), handler);
    }
}
