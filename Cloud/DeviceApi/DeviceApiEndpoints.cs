using System.Text.Json;
using DeviceFirmware.Cloud.Data;
using DeviceFirmware.Cloud.Replenishment;
using Microsoft.EntityFrameworkCore;

namespace DeviceFirmware.Cloud.DeviceApi;

/// <summary>The three calls of docs/device-api.md under /api/device/v1/.</summary>
public static class DeviceApiEndpoints
{
    /// <summary>Maps POST /api/device/v1/status, /levels and /replenish.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api/device/v1").DisableAntiforgery();
        api.MapPost("/status", (Delegate)((HttpContext context) => HandleAsync(context, StatusAsync)));
        api.MapPost("/levels", (Delegate)((HttpContext context) => HandleAsync(context, LevelsAsync)));
        api.MapPost("/replenish", (Delegate)((HttpContext context) => HandleAsync(context, ReplenishAsync)));
    }

    private static async Task<IResult> HandleAsync(HttpContext context, Func<HttpContext, Device, JsonElement, Task<IResult>> call)
    {
        CancellationToken cancel = context.RequestAborted;
        DeviceApiError? refused = null;
        byte[]? body = await DeviceRequestBody.ReadAsync(context.Request, cancel, e => refused = e);
        if (body == null)
        {
            return refused!.ToResult(context);
        }

        var authenticator = context.RequestServices.GetRequiredService<DeviceAuthenticator>();
        (Device? device, DeviceApiError? error) = await authenticator.AuthenticateAsync(context.Request, body, cancel);
        if (device == null)
        {
            return error!.ToResult(context);
        }

        using JsonDocument? json = JsonBody.Parse(body, out string? bad);
        if (json == null)
        {
            return DeviceApiError.BadRequest(bad!).ToResult(context);
        }

        return await call(context, device, json.RootElement);
    }

    private static async Task<IResult> StatusAsync(HttpContext context, Device device, JsonElement root)
    {
        StatusReport? report = StatusReport.Parse(root, out string? bad);
        if (report == null)
        {
            return DeviceApiError.BadRequest(bad!).ToResult(context);
        }

        var db = context.RequestServices.GetRequiredService<CloudDbContext>();
        CancellationToken cancel = context.RequestAborted;
        string firmware = report.Firmware;
        await db.Devices.Where(d => d.Id == device.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.FirmwareVersion, firmware), cancel);
        await context.RequestServices.GetRequiredService<NonceLedger>().PruneAsync(device.Id, cancel);
        bool registered = device.OwnerAccountId != null && await db.LwaGrants.AnyAsync(g => g.DeviceId == device.Id, cancel);
        if (registered)
        {
            await context.RequestServices.GetRequiredService<Drs.DrsStatusForwarder>().ForwardIfDueAsync(device.Id, cancel);
        }

        return Results.Json(new { registered });
    }

    private static async Task<IResult> LevelsAsync(HttpContext context, Device device, JsonElement root)
    {
        LevelsReport? report = LevelsReport.Parse(root, out string? bad);
        if (report == null)
        {
            return DeviceApiError.BadRequest(bad!).ToResult(context);
        }

        var levels = context.RequestServices.GetRequiredService<SlotLevelRecorder>();
        await levels.RecordAsync(device.Id, report, context.RequestAborted);
        return Results.Json(new { accepted = report.Levels.Count });
    }

    private static async Task<IResult> ReplenishAsync(HttpContext context, Device device, JsonElement root)
    {
        ReplenishAsk? ask = ReplenishAsk.Parse(root, out string? bad);
        if (ask == null)
        {
            return DeviceApiError.BadRequest(bad!).ToResult(context);
        }

        var service = context.RequestServices.GetRequiredService<ReplenishService>();
        ReplenishOutcome outcome = await service.ReplenishAsync(device.Id, ask.Slot, ask.Episode, context.RequestAborted);
        return Results.Json(new ReplenishAnswer(outcome.Outcome, outcome.OrderId, outcome.RetryAfterSeconds), ReplenishAnswer.JsonOptions);
    }
}
