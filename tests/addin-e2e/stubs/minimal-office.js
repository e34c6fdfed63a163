// A minimal stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js, served by
// routeOfficeJs() in tests/addin-e2e/harness.ts: just enough for a page to start. Office.onReady
// resolves with the host in window.__OFFICE_STUB_HOST__ ("Excel" unless a test's init script sets
// "Word"). The fakes of the Excel and Word object models are in tests/addin/fakes.
(function () {
  "use strict";
  var host = window.__OFFICE_STUB_HOST__ || "Excel";
  var info = { host: host, platform: "PC" };
  var ready = Promise.resolve(info);
  window.Office = {
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    onReady: function (callback) {
      if (typeof callback === "function") ready.then(callback);
      return ready;
    },
    context: {
      displayLanguage: "zh-CN",
      contentLanguage: "zh-CN",
      requirements: {
        isSetSupported: function () {
          return false;
        },
      },
    },
  };
})();
