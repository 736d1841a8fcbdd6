import { createApp } from 'vue';
import 'ask-for-help-card';
import App from './App.vue';

createApp(App).mount('#root');
