using System;

namespace DeviceFirmware.Auth
{
    /// <summary>
    /// <see cref="AccessTokenKeeper"/> has no access token to give. <see cref="Problem"/> says
    /// what to do; <see cref="NotBefore"/> says when to try again for the retryable problems.
    /// The message holds no secret.
    /// </summary>
    public sealed class TokenUnavailableException : Exception
    {
        private readonly TokenProblem _problem;
        private readonly DateTime _notBefore;

        /// <summary>Creates the exception.</summary>
        /// <param name="problem">What went wrong.</param>
        /// <param name="notBefore">Earliest retry time for <see cref="TokenProblem.RetryLater"/> and <see cref="TokenProblem.StorageFailed"/>; otherwise <see cref="DateTime.MaxValue"/>.</param>
        /// <param name="message">Description without secrets.</param>
        /// <param name="inner">The LWA or storage exception behind it, or null.</param>
        public TokenUnavailableException(TokenProblem problem, DateTime notBefore, string message, Exception inner)
            : base(message, inner)
        {
            _problem = problem;
            _notBefore = notBefore;
        }

        /// <summary>What went wrong.</summary>
        public TokenProblem Problem
        {
            get { return _problem; }
        }

        /// <summary>
        /// Earliest time to try again (UTC) for <see cref="TokenProblem.RetryLater"/> and
        /// <see cref="TokenProblem.StorageFailed"/>; <see cref="DateTime.MaxValue"/> when waiting cannot help.
        /// </summary>
        public DateTime NotBefore
        {
            get { return _notBefore; }
        }

        /// <summary>True when the device must go back to provisioning.</summary>
        public bool BackToProvisioning
        {
            get { return _problem == TokenProblem.NeedsProvisioning; }
        }
    }
}
