using System;
using DeviceFirmware.Drs;
using DeviceFirmware.Net;
using DeviceFirmware.Tests.Fakes;
using nanoFramework.TestFramework;

namespace DeviceFirmware.Tests.Drs
{
    /// <summary>
    /// A <see cref="DrsClient"/> on the <see cref="KeeperRig"/>: one scripted transport answers both
    /// LWA and DRS, so a test sees every request in order and counts them all.
    /// </summary>
    public sealed class DrsRig
    {
        /// <summary>The DRS base URL of the rig.</summary>
        public const string BaseUrl = "https://drs.example.com";

        /// <summary>Builds the rig over a keeper rig.</summary>
        public DrsRig(KeeperRig auth)
        {
            Auth = auth;
            Client = new DrsClient(auth.Http, auth.Keeper, auth.Vault, BaseUrl, auth.Log);
        }

        /// <summary>The keeper rig (transport, vault, log).</summary>
        public KeeperRig Auth { get; private set; }

        /// <summary>The client under test.</summary>
        public DrsClient Client { get; private set; }

        /// <summary>The scripted transport (LWA and DRS).</summary>
        public ScriptedHttpTransport Http
        {
            get { return Auth.Http; }
        }

        /// <summary>The log.</summary>
        public RecordingLog Log
        {
            get { return Auth.Log; }
        }

        /// <summary>A minute after provisioning: the access token is fresh.</summary>
        public static DateTime Now
        {
            get { return KeeperRig.At(60); }
        }

        /// <summary>A rig provisioned with AccessToken, valid 3600 s (the code exchange was request 0).</summary>
        public static DrsRig Provisioned()
        {
            return new DrsRig(KeeperRig.Provisioned());
        }

        /// <summary>The last request sent.</summary>
        public HttpRequest Last
        {
            get { return Http.LastRequest; }
        }

        /// <summary>Runs a call that must fail with a DrsException and returns it.</summary>
        public static DrsException Failure(Action call)
        {
            try
            {
                call();
            }
            catch (DrsException e)
            {
                LwaTestData.AssertNoSecret(e);
                return e;
            }

            Assert.IsTrue(false, "the call did not fail");
            return null;
        }

        /// <summary>A DRS error body.</summary>
        public static string Message(string text)
        {
            return "{\"message\":\"" + text + "\"}";
        }

        /// <summary>A replenish result body.</summary>
        public static string ReplenishBody(string eventId, string detailCode)
        {
            return "{\"eventInstanceId\":\"" + eventId + "\",\"detailCode\":\"" + detailCode + "\"}";
        }
    }
}
