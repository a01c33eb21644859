using System;
using System.IO;
using System.Linq;
using DeviceFirmware.Simulator;
using Xunit;

namespace DeviceFirmware.HostTests.EndToEnd
{
    /// <summary>
    /// The simulator's web-application story (--flow web-app): the real web application (Cloud/) and the LWA + DRS
    /// sandbox in-process on the virtual clock, the device in web-app mode with the key the factory command made.
    /// The user registers the device on the pages over HTTP; the supply runs low; exactly one order and one DRS
    /// replenish call, even though the power fails before the device stores the answer and it asks again; no
    /// secret in what the simulator prints.
    /// </summary>
    public sealed class WebAppStoryTests
    {
        [Fact]
        public void TheWebAppStory_PlacesExactlyOneOrder_AfterARegistrationThroughThePages()
        {
            var output = new StringWriter();
            using var story = new WebAppStory(new SimulationSettings(), output);

            SimulationReport report = story.Play();

            Assert.True(report.Passed, output.ToString());
            Assert.Equal(1, story.Run.OrdersPlaced);
            Assert.Single(story.Cloud.Sandbox.Orders());
            Assert.Equal(1, story.DrsReplenishCalls);
            Assert.Equal(2, story.Run.Boots);

            // The power failed before the device stored the answer: it asked again with the same episode after the
            // restart and the web application repeated the first outcome without calling DRS again.
            Assert.Equal(new[] { "test order placed", "test order placed" }, story.DeviceAnswers);
            Assert.Contains(story.Run.Log.Lines, l => l.Contains("asked again with the same episode", StringComparison.Ordinal));
            Assert.True(story.RegisteredThroughPages);
            string cloud = story.Cloud.BaseUrl;
            Assert.Contains($"POST {cloud}/Account/SignUp -> 302", story.Browser.Hops);
            Assert.Contains($"POST {cloud}/Devices/Register -> 302", story.Browser.Hops);
            Assert.Contains($"POST {cloud}/Devices/Amazon -> 302", story.Browser.Hops);
            Assert.Contains($"GET {story.Cloud.Sandbox.AuthorizeUrl} -> 302", story.Browser.Hops);
            Assert.Contains($"GET {cloud}/signin-amazon -> 302", story.Browser.Hops);
            Assert.True(story.Browser.CookieCount(cloud) > 0);

            // The device itself called only the web application: no LWA token request, no DRS call of its own.
            Assert.Equal(new[] { "Other" }, story.Run.Requests.ByEndpoint.Keys.ToArray());
        }

        [Fact]
        public void TheWebAppStory_PrintsNoSecret()
        {
            var output = new StringWriter();
            var settings = new SimulationSettings();
            using var story = new WebAppStory(settings, output);

            Assert.True(story.Play().Passed, output.ToString());

            string printed = output.ToString();
            string key = File.ReadAllText(story.Unit.KeyPath).Trim();
            Assert.Matches("^[0-9a-f]{64}$", key);
            Assert.DoesNotContain(key, printed, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(story.Unit.ClaimCode, printed, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(story.Unit.ClaimCode.Replace("-", string.Empty), printed, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(settings.WifiPassword, printed);
            Assert.DoesNotContain(story.Cloud.Settings.Lwa.ClientSecret, printed);
            Assert.DoesNotContain("Atza|", printed);
            Assert.DoesNotContain("Atzr|", printed);
            Assert.DoesNotContain("code=", printed);
            Assert.Contains("claim code fp ", printed);
        }

        [Fact]
        public void FlowWebApp_OnTheCommandLine_PlaysTheStory_Exit0()
        {
            var output = new StringWriter();
            var error = new StringWriter();

            int code = Program.Run(new[] { "--flow", "web-app", "--quiet" }, output, error);

            Assert.True(code == 0, output + "\n" + error);
            Assert.Contains("Summary (web-app story)", output.ToString());
            Assert.Contains("orders placed:      1 for 1 low episode(s)", output.ToString());
            Assert.DoesNotContain("NOT MET", output.ToString());
        }
    }
}
