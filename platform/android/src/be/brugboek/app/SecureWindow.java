package be.brugboek.app;

import android.app.Activity;
import android.view.WindowManager;

// Marks the activity's window secure (FLAG_SECURE): Android then refuses
// screenshots and screen recordings of it and shows it blank in the app
// switcher (recent apps), so no family's data appears there. Called once
// from main() through JNI (securewindow_android.cpp).
public final class SecureWindow {
    private SecureWindow() {}

    public static void apply(final Activity activity) {
        if (activity == null)
            return;
        activity.runOnUiThread(new Runnable() {
            @Override
            public void run() {
                activity.getWindow().setFlags(WindowManager.LayoutParams.FLAG_SECURE,
                                              WindowManager.LayoutParams.FLAG_SECURE);
            }
        });
    }
}
